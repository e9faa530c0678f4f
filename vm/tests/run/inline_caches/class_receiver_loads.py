# Attribute loads and method calls on a class itself (`C.x`, `Base.m(self)`),
# which the inline caches answer by the class's version: every change to
# the class or a base must show at once.


class Base:
    x = 1
    label = "base"

    def m(self, k):
        return ("Base.m", k)

    @staticmethod
    def s(k):
        return ("s", k)

    @classmethod
    def c(cls, k):
        return ("c", cls.__name__, k)

    @property
    def p(self):
        return "p"


class Sub(Base):
    pass


def reads(cls, n):
    out = []
    for i in range(n):
        out.append((cls.x, cls.label, cls.m(None, i), cls.s(i), cls.c(i)))
    return out


print(reads(Sub, 2))
print(reads(Base, 1))

# The base changes between calls, then the subclass shadows it.
Base.x = 2
print(Sub.x, reads(Sub, 1)[0][0])
Sub.x = 3
print(Sub.x, Base.x)
del Sub.x
print(Sub.x)
Base.m = lambda self, k: ("patched", k)
print(reads(Sub, 1)[0][2])


# Changes inside the loop at the same site.
def loop(cls):
    out = []
    for i in range(6):
        out.append(cls.x)
        if i == 1:
            cls.x = "own"
        if i == 3:
            del cls.x
    return out


print(loop(Sub))


# Bases replaced.
class Other:
    x = "other"
    label = "other"

    def m(self, k):
        return ("Other.m", k)

    s = staticmethod(lambda k: ("os", k))
    c = classmethod(lambda cls, k: ("oc", cls.__name__, k))


class Mid(Base):
    pass


def one(cls):
    return cls.x, cls.label, cls.m(None, 0)


print(one(Mid))
Mid.__bases__ = (Other,)
print(one(Mid))


# Descriptors on the class are not values: properties stay objects,
# static and class methods unwrap or bind.
def descs(cls):
    return type(cls.p).__name__, cls.s(1), cls.c(2)


for i in range(3):
    print(descs(Sub))


# Dunder names and the class's own attributes.
def names(cls):
    return cls.__name__, cls.__qualname__, cls.__doc__, [c.__name__ for c in cls.__mro__]


for i in range(2):
    print(names(Sub))


# Missing attributes, then added.
def missing(cls):
    try:
        return cls.later
    except AttributeError as e:
        return str(e)


print(missing(Sub))
Base.later = "now"
print(missing(Sub))
del Base.later
print(missing(Sub))


# Many classes at one site (megamorphic).
classes = [type("K%d" % i, (Base,), {"x": i}) for i in range(10)]
total = 0
for r in range(3):
    for k in classes:
        total += k.x
print(total)
classes[3].x = 100
print(sum(k.x for k in classes))


# A method called explicitly on its class, as a base call.
class Child(Base):
    def m(self, k):
        return ("Child.m", Base.m(self, k))


print(Child().m(5))
