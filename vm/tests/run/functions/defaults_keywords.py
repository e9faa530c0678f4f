# Default values, keyword arguments, evaluation time of defaults.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
counter = 10
def uses_default(v=counter):
    return v
counter = 20
print(uses_default(), uses_default(5))
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(a=1, c=0))
def kwonly(*, x, y=2):
    return x * y
print(kwonly(x=3), kwonly(y=5, x=2))
def pos_then_kw(a, b, /, c):
    return a, b, c
print(pos_then_kw(1, 2, 3), pos_then_kw(1, 2, c=3))
def g(x, y=[1, 2], z={"k": 1}, w=(1,)):
    return x, y, z, w
print(g(0))
def mix(a, b=10):
    return a - b
print(mix(b=1, a=5), mix(5), mix(*[7, 2]), mix(**{"a": 9}))
