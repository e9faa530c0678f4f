def f(x):
    return x
def g(a, b=2):
    return a
def none():
    return 0
def kwo(a, *, k):
    return a
class C:
    def m(self, x):
        return x
    def zero(self):
        return 0
c = C()
tests = [
    lambda: f(1, 2),
    lambda: g(1, 2, 3),
    lambda: none(1),
    lambda: kwo(1, 2),
    lambda: kwo(1, 2, k=3),
    lambda: c.m(1, 2),
    lambda: C.m(c, 1, 2),
    lambda: c.zero(1),
    lambda: c.zero(1, 2, 3),
    lambda: (lambda: 0)(5),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
