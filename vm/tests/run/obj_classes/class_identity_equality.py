class A:
    pass
class B(A):
    pass
a1, a2 = A(), A()
print(a1 == a1, a1 == a2, a1 is a2, a1 != a2)
print(A == A, A == B, A is not B, type(a1) == A)
d = {A: "class A", B: "class B"}
print(d[A], d[type(B())])
s = {a1, a2, a1}
print(len(s), a1 in s, A() in s)
print([type(x).__name__ for x in (a1, B(), 3, "s", None, [], A)])
print(A.__name__, B.__base__ is A, B.__base__.__base__ is object)
print(str(A), repr(B))
print(sorted([B, A], key=lambda k: k.__name__))
print(isinstance(a1, type(a2)), type(type(a1)).__name__)
