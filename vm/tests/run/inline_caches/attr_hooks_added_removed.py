# __getattr__, __getattribute__, __setattr__ and __delattr__ added to a class
# (or its base) after the load/store/delete sites were warmed, then removed.


class Base:
    pass


class C(Base):
    cls_attr = "class"


def ga(self, name):
    return "ga(%s)" % name


def gab(self, name):
    if name.startswith("__"):
        return object.__getattribute__(self, name)
    return "gab(%s)" % name


def sa(self, name, value):
    print("  sa", name, value)
    object.__setattr__(self, name, value * 2)


def da(self, name):
    print("  da", name)
    if name in self.__dict__:
        object.__delattr__(self, name)


o = C()
o.x = 1
steps = {
    1: lambda: setattr(C, "__getattr__", ga),
    2: lambda: setattr(C, "__getattribute__", gab),
    3: lambda: delattr(C, "__getattribute__"),
    4: lambda: delattr(C, "__getattr__"),
    5: lambda: setattr(Base, "__getattr__", ga),
    6: lambda: setattr(Base, "__getattribute__", gab),
    7: lambda: (delattr(Base, "__getattribute__"), delattr(Base, "__getattr__")),
}
for i in range(9):
    out = [getattr(o, "missing", "dflt"), hasattr(o, "nope"), getattr(o, "x")]
    try:
        miss = o.missing
    except AttributeError as e:
        miss = "AE(%s)" % e
    print(i, o.x, o.cls_attr, miss, out)
    if i in steps:
        steps[i]()

print("--- setattr / delattr")
p = C()
for i in range(8):
    p.y = i
    try:
        del p.z
    except AttributeError as e:
        print("  AttributeError:", e)
    print(i, p.__dict__)
    if i == 1:
        C.__setattr__ = sa
    elif i == 2:
        Base.__delattr__ = da
    elif i == 3:
        del C.__setattr__
    elif i == 4:
        Base.__setattr__ = sa
        C.__delattr__ = lambda self, name: print("  C.da", name)
    elif i == 5:
        del Base.__setattr__
        del Base.__delattr__
    elif i == 6:
        del C.__delattr__
    p.z = "z%d" % i
