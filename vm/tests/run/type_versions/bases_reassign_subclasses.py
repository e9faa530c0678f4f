# `C.__bases__ = (...)` recomputes the MRO of C and of every class below it.

def names(t):
    return [k.__name__ for k in t.__mro__]


class A:
    x = "A.x"

    def who(self):
        return "A.who"


class B:
    x = "B.x"
    y = "B.y"

    def who(self):
        return "B.who"


class C(A):
    pass


class D(C):
    pass


class E(D):
    pass


class Mixin:
    z = "Mixin.z"


class F(D, Mixin):
    pass


e = E()
f = F()
for i in range(3):
    print(e.x, e.who(), f.x)
print(names(E), names(F))
print(isinstance(e, A), isinstance(e, B), issubclass(E, A), issubclass(F, B))
print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__(), D.__subclasses__())

C.__bases__ = (B,)
print(C.__bases__, names(C))
print(names(D), names(E), names(F))
print(D.__mro__)
for i in range(3):
    print(e.x, e.y, e.who(), f.x, f.y, f.z)
print(isinstance(e, A), isinstance(e, B), isinstance(f, B), isinstance(f, Mixin))
print(issubclass(E, A), issubclass(E, B), issubclass(F, A), issubclass(F, B))
print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
print(hasattr(e, "y"), getattr(E, "y"))

# Lookups through subclasses follow later changes to the new base.
B.y = "B.y2"
print(e.y, f.y, E.y)
del B.y
print(hasattr(e, "y"), hasattr(F, "y"))

# Back again, and to two bases.
C.__bases__ = (A, B)
print(names(E), names(F), e.x, e.who())
print(A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A,)
print(names(F), B.__subclasses__())

# A failing assignment changes nothing, below C included.
try:
    C.__bases__ = (E,)
except TypeError as exc:
    print("TypeError:", exc)
print(names(E), C.__bases__)


class X:
    pass


class Y:
    pass


class G(X):
    pass


class H(Y, G):
    pass


print(names(H))
try:
    G.__bases__ = (X, Y)
except TypeError as exc:
    print("TypeError:", exc)
print(names(G), names(H), G.__bases__)
print(X.__subclasses__(), Y.__subclasses__(), G.__subclasses__())


# __subclasses__ in creation order; a class whose bases are assigned again
# goes to the end of its base's list.
class Root:
    pass


class Other:
    pass


made = [type("K%d" % i, (Root,), {}) for i in range(4)]
print([k.__name__ for k in Root.__subclasses__()])
K0 = made[0]
K0.__bases__ = (Other,)
print([k.__name__ for k in Root.__subclasses__()], [k.__name__ for k in Other.__subclasses__()])
K0.__bases__ = (Root,)
print([k.__name__ for k in Root.__subclasses__()])
print(issubclass(K0, Root), Root in K0.__mro__)
