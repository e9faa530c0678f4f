def f(x):
    return x
def g(a, b, c=3):
    return a
def h(a, b, *, k, m=1):
    return a
def kw_only(*, req):
    return req
tests = [
    lambda: f(),
    lambda: g(),
    lambda: g(1),
    lambda: h(1, 2),
    lambda: h(1),
    lambda: kw_only(),
    lambda: (lambda q: q)(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)

class C:
    def m(self, x):
        return x
    def two(self, a, b):
        return a
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return a
c = C()
for t in [lambda: c.m(), lambda: C.m(c), lambda: C.m(), lambda: c.two(1),
          lambda: C.s(), lambda: C.c(), lambda: c.c()]:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
