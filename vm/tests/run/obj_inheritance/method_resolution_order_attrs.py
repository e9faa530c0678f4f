class A:
    x = "A.x"
    y = "A.y"
    z = "A.z"
class B(A):
    x = "B.x"
class C(A):
    x = "C.x"
    y = "C.y"
class D(B, C):
    pass
d = D()
print(d.x, d.y, d.z)
C.x = "C.x2"
print(d.x)
del B.x
print(d.x)
del C.y
print(d.y)
A.w = "A.w"
print(d.w)
D.x = "D.x"
print(d.x)
print([getattr(k, "x", None) for k in D.__mro__])
