# super().name(...) as a method call: the compiler's LoadSuperMethod looks
# the name up without making a super object when `super` is the builtin;
# every answer and error must stay CPython's.


class A:
    def m(self, x):
        return ("A.m", x)

    def kw(self, x, y=0):
        return ("A.kw", x, y)

    @property
    def p(self):
        return "A.p"

    @staticmethod
    def s(x):
        return ("A.s", x)

    @classmethod
    def c(cls, x):
        return ("A.c", cls.__name__, x)

    value = 42


class B(A):
    def m(self, x):
        return ("B.m", super().m(x + 1))

    def kw(self, x, y=0):
        return ("B.kw", super().kw(x, y=y + 1))

    def statics(self):
        return super().s(1), super().c(2)

    def value_call(self):
        return super().value()

    def missing(self):
        return super().nope()

    @classmethod
    def cm(cls):
        return super().c(3)


class C(A):
    def m(self, x):
        return ("C.m", super().m(x * 10))


class D(B, C):
    def m(self, x):
        return ("D.m", super().m(x))


print(B().m(1))
print(D().m(1))
print(B().kw(1), B().kw(1, y=5))
print(B().statics())
print(B.cm(), D.cm())
for meth in ("value_call", "missing"):
    try:
        getattr(B(), meth)()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


# The first argument held in a cell (a closure captures self).
class E(A):
    def m(self, x):
        f = lambda: self
        return ("E.m", super().m(x), f() is self)


print(E().m(5))


# The base's method patched, added and removed between calls.
b = B()
A.m = lambda self, x: ("patched", x)
print(b.m(1))
del A.m
try:
    b.m(1)
except AttributeError as e:
    print("AttributeError", e)
A.m = lambda self, x: ("back", x)
print(b.m(2))


# A method found on the instance does not count: super() skips it.
b.m2 = lambda: "instance"


class F(B):
    def m(self, x):
        return ("F.m", super().m(x))


f = F()
f.m = "shadow"
print(F.m(f, 3))


# `super` rebound at module level, then restored.
real_super = super


def fake_super():
    class Fake:
        def m(self, x):
            return ("fake", x)

    return Fake()


super = fake_super
print(B().m(7))
del super
print(B().m(8))


# super() in a nested function: no __class__ there.
class G(A):
    def m(self, x):
        def inner():
            return super().m(x)

        return inner()


try:
    G().m(1)
except RuntimeError as e:
    print("RuntimeError", e)


# The instance is not an instance of __class__ (a method called on another type).
try:
    B.m(A(), 1)
except TypeError as e:
    print("TypeError", e)


# Many calls at one site, over several classes.
class H(A):
    def m(self, x):
        return super().m(x)[1] + 1


class I(H):
    pass


total = 0
for i in range(2000):
    total += (H() if i % 2 else I()).m(i)
print(total)


# __init__ chains through super().
class P0:
    def __init__(self, a):
        self.a = a


class P1(P0):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


class P2(P1):
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c


p = P2(1, 2, 3)
print(p.a, p.b, p.c, sorted(vars(p)))
