# Keyword calls of functions with only positional parameters bind on the
# stack; every other case, and every error, must come out as CPython's.


def f(a, b, c=3, d=4):
    return (a, b, c, d)


print(f(1, b=2), f(1, 2, d=5), f(a=1, b=2), f(d=1, c=2, b=3, a=4), f(1, 2, 3, d=0))
for call in ["f(1, a=2, b=3)", "f(1, 2, e=3)", "f(c=1)", "f(1, 2, 3, 4, d=5)"]:
    try:
        print(eval(call))
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)


def po(a, b, /, c=0):
    return (a, b, c)


print(po(1, 2, c=3))
try:
    po(1, b=2)
except TypeError as e:
    print("TypeError", e)


def ko(a, *, k=1):
    return (a, k)


def va(*args, **kw):
    return (args, sorted(kw.items()))


print(ko(1, k=2), va(1, x=2), va(y=1))


class C:
    def m(self, x, y=0):
        return (x, y)


c = C()
print(c.m(1, y=2), c.m(x=3), C.m(c, y=1, x=2))
bound = c.m
print(bound(y=5, x=6))
try:
    c.m(self=1, x=2)
except TypeError as e:
    print("TypeError", e)


def closure():
    z = 10

    def g(a, b=1):
        return a + b + z

    return g


g = closure()
print(g(1, b=2), g(a=3))


def many(a, b, c, d, e, f, g, h, i, j):
    return a + b + c + d + e + f + g + h + i + j


print(many(1, 2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10))
print(many(j=1, i=2, h=3, g=4, f=5, e=6, d=7, c=8, b=9, a=10))


def rec(n, acc=0):
    return acc if n == 0 else rec(n=n - 1, acc=acc + n)


print(rec(n=100))
