# One call site obj.m(x) seeing: a plain method, an instance attribute that
# shadows it, staticmethod, classmethod, a callable instance stored on the
# class, a builtin stored on the class, and a bound method stored on the obj.


class Callable:
    def __init__(self, name):
        self.name = name

    def __call__(self, *args):
        return "%s%r" % (self.name, args)


class Other:
    def m(self, x):
        return "Other.m(%s)" % x


class C:
    def m(self, x):
        return "C.m(%s)" % x


def as_static(x):
    return "static(%s)" % x


def as_class(cls, x):
    return "classmethod(%s, %s)" % (cls.__name__, x)


o = C()
other = Other()
steps = [
    lambda: setattr(o, "m", lambda x: "instance lambda(%s)" % x),
    lambda: delattr(o, "m"),
    lambda: setattr(C, "m", staticmethod(as_static)),
    lambda: setattr(C, "m", classmethod(as_class)),
    lambda: setattr(C, "m", Callable("callable")),
    lambda: setattr(C, "m", len),
    lambda: setattr(o, "m", other.m),
    lambda: setattr(C, "m", lambda self, x: "new C.m(%s)" % x),
    lambda: delattr(o, "m"),
    lambda: setattr(C, "m", abs),
]
args = [0, -1, -2, -3, -4, -5, "abcdef", "seven", "eight", -9, -10]
for i in range(len(steps) + 1):
    arg = args[i]
    try:
        print(i, o.m(arg))
    except TypeError as e:
        print(i, "TypeError:", e)
    if i == 6:
        try:
            o.m()
        except TypeError as e:
            print("  TypeError:", e)
    if i < len(steps):
        steps[i]()

print("--- several receivers through one site")


class D(C):
    pass


C.m = lambda self, x: "C.m again(%s)" % x
d1, d2 = D(), D()
d2.m = Callable("d2 inst")
recv = [o, d1, d2, other]
for i in range(8):
    r = recv[i % 4]
    print(i, type(r).__name__, r.m(i))
    if i == 3:
        D.m = staticmethod(lambda x: "D static(%s)" % x)
        del d2.m
print(C.__dict__["m"] is D.m, type(D.__dict__["m"]).__name__)
