class A:
    def f(self):
        return "A.f"
class B:
    def f(self):
        return "B.f"
    def g(self):
        return "B.g"
class C(A):
    pass

c = C()
print(c.f(), C.__bases__, [k.__name__ for k in C.__mro__])
C.__bases__ = (B,)
print(c.f(), c.g(), [k.__name__ for k in C.__mro__])
C.__bases__ = (A, B)
print(c.f(), c.g(), [k.__name__ for k in C.__mro__])
print(isinstance(c, B), issubclass(C, B))
C.__bases__ = (A,)
print(hasattr(c, "g"), issubclass(C, B))
