class K:
    a = 1
    def m(self):
        return 2

cd = K.__dict__
print("a" in cd, "m" in cd, "zz" in cd)
print(cd["a"])
print(type(cd).__name__)
K.b = 10
print("b" in K.__dict__, K.__dict__["b"])
try:
    K.__dict__["c"] = 1
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in K.__dict__ if not k.startswith("__")))
print(K.__name__, K.__qualname__, K.__module__)
print(K.__dict__.get("a"), K.__dict__.get("zz", "none"))
print(vars(K)["a"])
del K.a
print("a" in K.__dict__, hasattr(K, "a"))
class Sub(K):
    pass
print("m" in Sub.__dict__, hasattr(Sub, "m"))
print(Sub.__bases__, K.__bases__)
