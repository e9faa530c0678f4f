# NameError messages for globals, builtins and deleted names.
def attempt(f):
    try:
        print(f())
    except NameError as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: undefined_name)
attempt(lambda: undefined_name + 1)
v = 1
del v
attempt(lambda: v)
def uses_later():
    return defined_later
attempt(uses_later)
defined_later = "now defined"
attempt(uses_later)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
try:
    print(prnt("typo"))
except NameError as e:
    print("NameError:", e)
def local_del():
    a = 1
    del a
    try:
        del a
    except NameError as e:
        print(type(e).__name__ + ":", e)
local_del()
