# staticmethod and classmethod keep the wrapped callable in __func__.
def f(*a):
    "f's doc"
    return a


sm = staticmethod(f)
cm = classmethod(f)
print(sm.__func__ is f, cm.__func__ is f)
print(sm.__wrapped__ is f, cm.__wrapped__ is f)
print([k for k in sorted(vars(sm)) if k != "__annotations__"], vars(sm)["__name__"], vars(cm)["__doc__"])
sm.extra = 1
print(sm.extra, "extra" in vars(sm), "__func__" in vars(sm))
try:
    sm.__func__ = len
except AttributeError as e:
    print("AttributeError", e)


class C:
    s = staticmethod(f)
    c = classmethod(f)

    @staticmethod
    def st(x):
        return x * 2

    @classmethod
    def cl(cls):
        return cls.__name__


print(C.s(1), C().s(2), C.c(3)[0] is C, C().c(4)[1])
print(C.st(5), C().cl(), C.__dict__["st"].__func__(3), C.__dict__["cl"].__func__(C))
print(type(C.__dict__["st"]).__name__, type(C.__dict__["cl"]).__name__)
print(dict.fromkeys("ab"), object.__new__(C).__class__.__name__)
