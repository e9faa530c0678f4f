# TypeErrors raised when calling functions with the wrong arguments.
def f(x):
    return x
def g(a, b):
    return a + b
def h(a, b=2, *, c):
    return a + b + c
def k(*, only):
    return only
def p(a, b, /):
    return a
def v(a, *args):
    return a
def two(x, y):
    return x
def attempt(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
attempt(lambda: f())
attempt(lambda: f(1, 2))
attempt(lambda: f(1, x=2))
attempt(lambda: f(y=1))
attempt(lambda: f(1, z=3))
attempt(lambda: g(1))
attempt(lambda: g())
attempt(lambda: g(1, 2, 3))
attempt(lambda: g(1, a=1))
attempt(lambda: g(b=1))
attempt(lambda: h(1))
attempt(lambda: h(1, 2, 3))
attempt(lambda: h(1, 2, 3, c=4))
attempt(lambda: h())
attempt(lambda: k(1))
attempt(lambda: k())
attempt(lambda: k(only=1, other=2))
attempt(lambda: p(a=1, b=2))
attempt(lambda: v())
attempt(lambda: two())
attempt(lambda: two(**{"x": 1, "y": 2, "z": 3}))
attempt(lambda: g(*[1, 2, 3]))
attempt(lambda: g(1, **{"a": 2}))
attempt(lambda: f(*5))
l0 = lambda: 0
l2 = lambda x, y: 0
attempt(lambda: l0(1))
attempt(lambda: l2(1))
