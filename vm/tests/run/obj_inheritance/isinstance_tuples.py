class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B))
print(issubclass(bool, int), issubclass(int, object), isinstance(True, int))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(isinstance(3, (str, float)), isinstance("x", (str, float)))
try:
    isinstance(b, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(B, "A")
except TypeError as e:
    print("TypeError:", e)
print(type(b) is B, type(b) == A, type(B) is type)
