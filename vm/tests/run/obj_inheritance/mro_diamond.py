class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D().who())
print(D.__mro__ == tuple(D.mro()))
print(type(D.mro()).__name__, type(D.__mro__).__name__)
print(A.__mro__)
print(object.__mro__)
