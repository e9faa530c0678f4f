# global statements in nested functions; del of globals inside functions.
counter = 0

def outer():
    counter = "local outer"
    def inner():
        global counter
        counter += 1
        return counter
    r1 = inner()
    r2 = inner()
    return counter, r1, r2

print(outer(), counter)

def make_setter():
    def setter(v):
        global made
        made = v
    return setter

s = make_setter()
try:
    print(made)
except NameError as e:
    print("NameError:", e)
s("first")
print(made)
s("second")
print(made)

def killer():
    global made
    del made

killer()
try:
    print(made)
except NameError as e:
    print("NameError:", e)
try:
    killer()
except NameError as e:
    print("NameError:", e)
s("third")
print(made)

# nested: inner declares global, middle has a local of the same name
value = "g"
def middle():
    value = "m"
    def deep():
        global value
        return value
    def deeper():
        return value
    return deep(), deeper()
print(middle())

# global in a lambda-like nested chain through closures
def chain():
    def a():
        def b():
            global chained
            chained = "set in b"
        b()
    a()
chain()
print(chained)

# function that reads a global before and after deleting it
temp = 5
def read_del_read():
    global temp
    first = temp
    del temp
    try:
        return first, temp
    except NameError as e:
        return first, str(e)
print(read_del_read())
print("temp" in globals())

# UnboundLocalError vs NameError
def ub():
    try:
        print(zzz)
    except NameError as e:
        print(type(e).__name__, e)
    zzz = 1
ub()
def ub2():
    try:
        return undefined_global_q
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(ub2())

# global declared for a name that shadows a builtin
def shadow_abs():
    global abs
    abs = lambda v: "global abs"
def unshadow_abs():
    global abs
    del abs
shadow_abs()
print(abs(-1))
unshadow_abs()
print(abs(-1))
try:
    unshadow_abs()
except NameError as e:
    print("NameError:", e)

# augmented assignment on an undefined global
def aug():
    global never_defined
    never_defined += 1
try:
    aug()
except NameError as e:
    print("NameError:", e)

# global in class body method and at class level
class C:
    global cls_made
    cls_made = "from class body"
    def m(self):
        global counter
        counter = 1000
print(cls_made, hasattr(C, "cls_made"))
C().m()
print(counter)

# del of a global in a loop inside a function
def del_loop():
    global k0, k1, k2
    k0 = k1 = k2 = 0
    names = []
    for n in ("k0", "k1", "k2"):
        del globals()[n]
        names.append(n in globals())
    return names
print(del_loop())

# "except ... as name" at module level deletes the global afterwards
def read_err():
    return err
err = "before"
print(read_err())
try:
    raise KeyError("k")
except KeyError as err:
    print("inside:", type(read_err()).__name__)
try:
    read_err()
except NameError as e:
    print("NameError:", e)
print("err" in globals(), "e" in globals())

# globals bound by for / import / def / class / with-like statements, seen by a linked reader
def read_late():
    return late_name
try:
    read_late()
except NameError as e:
    print("NameError:", e)
for late_name in range(3):
    pass
print(read_late())
del late_name
import math as late_name
print(read_late().__name__)
del late_name
def late_name():
    pass
print(read_late().__name__)
del late_name
class late_name:
    pass
print(read_late().__name__)
late_name, other = "tuple", "unpack"
print(read_late())
del late_name
[late_name, *rest] = [1, 2, 3]
print(read_late(), rest)
