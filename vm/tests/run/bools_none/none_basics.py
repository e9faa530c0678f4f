# None: identity, truthiness, repr, comparisons.
x = None
print(x, repr(x), str(x), type(x), x is None, x is not None, x == None, x != None)
print(None == 0, None == False, None == "", None == [], bool(None), not None)
def f():
    pass
def g():
    return
def h():
    return None
print(f(), g(), h(), f() is None)
print([None, None], (None,), {None: None}, {"k": None})
print(None if None else "falsy", None or "default", None and "never")
print(str(None) + "!", f"{None}", "%s" % None, "%r" % (None,))
print([x for x in [None, 0, 1, None] if x is not None])
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
n = None
try:
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    n[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    for i in None:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
print(print("inner"))
