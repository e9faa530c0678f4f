# super().m(x) and super(B, self).m(x) at hot call sites while Base.m (and
# attributes found through super) are monkeypatched mid-loop.


class Base:
    tag = "Base.tag"

    def m(self, x):
        return "Base.m(%s)" % x


class Mid(Base):
    pass


class B(Mid):
    def m(self, x):
        return "B.m>" + super().m(x)

    def explicit(self, x):
        return "B.explicit>" + super(B, self).m(x) + "|" + super(B, self).tag


class Leaf(B):
    def m(self, x):
        return "Leaf.m>" + super().m(x + 100)


objs = [B(), Leaf()]
for i in range(8):
    out = []
    for o in objs:
        try:
            out.append(o.m(i))
            out.append(o.explicit(i))
        except AttributeError as e:
            out.append("AE(%s)" % e)
    print(i, out)
    if i == 1:
        Base.m = lambda self, x: "patched Base.m(%s)" % x
    elif i == 2:
        Mid.m = lambda self, x: "Mid.m(%s)" % x
        Mid.tag = "Mid.tag"
    elif i == 3:
        del Mid.m
    elif i == 4:
        del Base.m
    elif i == 5:
        def restored(self, x):
            return "restored(%s) on %s" % (x, type(self).__name__)
        Base.m = restored
        del Mid.tag
    elif i == 6:
        B.m = lambda self, x: "B.m replaced>" + super(B, self).m(x)

print("--- super with classmethod / property")


class K(Base):
    @classmethod
    def make(cls, x):
        return "K.make(%s, %s)" % (cls.__name__, x)

    def get_tag(self):
        return super().tag


class K2(K):
    @classmethod
    def make(cls, x):
        return "K2>" + super().make(x)


for i in range(4):
    print(i, K2.make(i), K2().make(-i), K2().get_tag())
    if i == 1:
        Base.tag = property(lambda self: "prop tag on " + type(self).__name__)
    elif i == 2:
        K.make = classmethod(lambda cls, x: "new make(%s, %s)" % (cls.__name__, x))
