# obj.__class__ reassigned while load/call/store sites on obj are hot; the
# target classes differ in methods, class attributes, properties and slots.


class C:
    kind = "C.kind"

    def m(self):
        return "C.m x=%s" % self.x

    def only_c(self):
        return "only in C"


class D:
    kind = "D.kind"

    def m(self):
        return "D.m x=%s" % self.x


class E(C):
    # same attribute name, but a data descriptor in E
    @property
    def x(self):
        return "E.x property"

    def m(self):
        return "E.m " + super().m()


o = C()
o.x = 1
seq = [C, D, C, E, D, E, C]
for i in range(len(seq)):
    o.__class__ = seq[i]
    try:
        extra = o.only_c()
    except AttributeError as e:
        extra = "AE(%s)" % e
    print(i, type(o).__name__, o.kind, o.x, o.m(), extra)
    try:
        o.x = i * 10
    except AttributeError as e:
        print("  AttributeError:", e)
    print("  dict", o.__dict__, isinstance(o, C))

print("--- mixed objects at one site")
objs = [C(), D(), C()]
for n, ob in enumerate(objs):
    ob.x = n
for i in range(4):
    print(i, [ob.m() for ob in objs])
    objs[i % 3].__class__ = D if type(objs[i % 3]) is C else C

print("--- incompatible layouts")


class S:
    __slots__ = ("x",)


class S2:
    __slots__ = ("x",)


class S3:
    __slots__ = ("y",)


s = S()
s.x = "slot x"
for i, k in enumerate([S2, S, S3, C, S2]):
    try:
        s.__class__ = k
    except TypeError as e:
        print(i, "TypeError:", e)
    print(i, type(s).__name__, s.x)
try:
    o.__class__ = int
except TypeError as e:
    print("TypeError:", e)
