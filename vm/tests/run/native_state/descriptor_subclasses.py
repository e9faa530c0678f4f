# Subclasses of property, staticmethod and classmethod get the Rust state
# of their built-in base, and a __dict__.
class P(property):
    pass


class S(staticmethod):
    pass


class K(classmethod):
    pass


class C:
    @P
    def x(self):
        return 1

    @x.setter
    def x(self, v):
        print("set", v)

    @S
    def s(a):
        return a

    @K
    def k(cls):
        return cls.__name__


c = C()
print(c.x, type(C.__dict__["x"]).__name__, C.__dict__["x"].fget.__name__)
c.x = 2
print(C.s(3), c.k(), C.__dict__["s"].__func__.__name__)
p = P(None)
p.note = "n"
print(p.fget, vars(p))
print(vars(C.__dict__["k"])["__name__"])
