x = "module x"
class A:
    print("in body", __name__, __qualname__ if "__qualname__" in locals() else "?")
    x = "class x"
    y = x
    print(sorted(k for k in locals() if not k.startswith("__")))
    locals()["injected"] = "via locals"
    def m(self):
        return x
print(A.y, A().m(), getattr(A, "injected", "not injected"))
print(A.__module__)

def build():
    val = 10
    class B:
        val = 20
        got = val
        def m(self):
            return val
    return B
B = build()
print(B.got, B().m())
class C:
    def inner_class_refs():
        return "C" in globals()
    r = inner_class_refs()
print(C.r)
class D:
    n = 0
    for k in range(3):
        n += k
    del k
print(D.n, hasattr(D, "k"))
