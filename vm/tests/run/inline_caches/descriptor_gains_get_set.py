# A plain object used as a class attribute whose class later gains __get__
# and then __set__ while a load site is hot; then a property added to a class
# whose instances already have the same-named instance attribute.


class Desc:
    def __repr__(self):
        return "<Desc>"


class C:
    a = Desc()


plain = C()          # no instance attribute: class attribute is found
shadow = C()
shadow.a = "inst"    # instance attribute shadows a non-data descriptor


def d_get(self, obj, owner):
    return "get(%s)" % (obj is None and "cls" or type(obj).__name__)


def d_set(self, obj, value):
    print("  set", value)


for i in range(8):
    print(i, plain.a, shadow.a, C.a)
    if i == 1:
        Desc.__get__ = d_get
    elif i == 3:
        Desc.__set__ = d_set
        shadow.a = "store goes to __set__"
        print("  dict", shadow.__dict__)
    elif i == 5:
        del Desc.__set__
        shadow.a = "inst2"
    elif i == 6:
        del Desc.__get__

print("--- property added over instance attribute")


class P:
    pass


objs = [P(), P()]
objs[0].v = 10
objs[1].v = 20
for i in range(6):
    for o in objs:
        try:
            print(i, o.v, o.__dict__)
        except AttributeError as e:
            print(i, "AttributeError:", e)
    if i == 1:
        P.v = property(lambda self: "prop(%s)" % self.__dict__.get("v"))
    elif i == 2:
        try:
            objs[0].v = 99
        except AttributeError as e:
            print("  AttributeError:", e)
        P.v = P.v.setter(lambda self, val: self.__dict__.__setitem__("v", val + 1))
        objs[0].v = 99
    elif i == 3:
        P.v = property(lambda self: self.missing)
    elif i == 4:
        del P.v
