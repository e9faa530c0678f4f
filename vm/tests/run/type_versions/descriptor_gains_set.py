# A descriptor whose class gains __set__ (or __delete__) after instances
# exist becomes a data descriptor: it then wins over the instance attribute;
# deleting them makes it a non-data descriptor again.


class Desc:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return "Desc.__get__"


class C:
    a = Desc()


c = C()
c.a = "instance"
for i in range(3):
    print(c.a, c.__dict__)


def desc_set(self, obj, value):
    print("Desc.__set__", value)


def desc_delete(self, obj):
    print("Desc.__delete__")


Desc.__set__ = desc_set
for i in range(3):
    print(c.a, getattr(c, "a"))
c.a = "assigned"
setattr(c, "a", "setattr")
print(c.__dict__)

del Desc.__set__
for i in range(2):
    print(c.a)
c.a = "instance again"
print(c.a, c.__dict__)

# __delete__ alone makes a data descriptor too.
Desc.__delete__ = desc_delete
print(c.a)
del c.a
print(c.__dict__)
try:
    c.a = "no __set__"
except AttributeError as exc:
    print("AttributeError:", exc)
del Desc.__delete__
del c.a
print(c.a, c.__dict__)


# Through a base class of the descriptor's class, and a subclass of the owner.
class BaseDesc:
    pass


class SubDesc(BaseDesc):
    def __get__(self, obj, owner):
        return "SubDesc.__get__"


class Owner:
    d = SubDesc()


class Child(Owner):
    pass


k = Child()
k.__dict__["d"] = "shadow"
results = []
for i in range(6):
    if i == 2:
        BaseDesc.__set__ = desc_set
    if i == 4:
        del BaseDesc.__set__
    results.append(k.d)
print(results)
k.d = 1
print(k.d, k.__dict__)

# setattr on the descriptor class and on an instance created afterwards.
setattr(SubDesc, "__set__", lambda self, obj, value: print("lambda set", value))
k2 = Child()
k2.d = 2
print(k2.d, k2.__dict__, k.d)
delattr(SubDesc, "__set__")
k2.d = 3
print(k2.d, k2.__dict__)
