# staticmethod objects are callable (Python 3.10 and later), in a class
# body, as a stored object, and as __init__; a subclass of staticmethod too.
def f(*a, **k):
    return ("f", a, sorted(k.items()))


sm = staticmethod(f)
print(sm(1, 2, x=3), callable(sm))


class C:
    helper = staticmethod(lambda x: x * 2)
    table = {"double": helper}

    def use(self):
        return self.table["double"](21)


print(C().use(), C.helper(4), C().helper(5))


class S:
    __init__ = staticmethod(lambda *a: None)


print(type(S()).__name__)


class MySM(staticmethod):
    pass


print(MySM(f)(7))
try:
    staticmethod(5)()
except TypeError as e:
    print("TypeError", e)
