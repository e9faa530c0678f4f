# Class attributes and methods replaced, added and deleted while one load site
# and one call site are hot; also a base class patched under Sub instances.


class C:
    x = 1

    def m(self, v):
        return "C.m(%d)" % v


def new_m(self, v):
    return "new_m(%d)" % (v * 10)


c = C()
for i in range(8):
    # one load site, one call site
    try:
        print(i, c.x, c.m(i))
    except AttributeError as e:
        print(i, "AttributeError:", e)
    if i == 1:
        C.m = new_m
    elif i == 2:
        C.x = 5
    elif i == 3:
        del C.x
    elif i == 4:
        C.m = lambda self, v: "lambda(%d)" % v
        C.x = "back"
    elif i == 5:
        del C.m
    elif i == 6:
        C.m = new_m

print("--- base patched")


class Base:
    tag = "Base.tag"

    def m(self):
        return "Base.m"


class Sub(Base):
    pass


class Sub2(Sub):
    def m(self):
        return "Sub2.m"


objs = [Sub(), Sub2(), Base()]
for i in range(7):
    row = []
    for o in objs:
        row.append(o.m() + "/" + o.tag)
    print(i, row)
    if i == 1:
        Base.m = lambda self: "patched " + type(self).__name__
    elif i == 2:
        Sub.tag = "Sub.tag"
    elif i == 3:
        del Sub2.m
    elif i == 4:
        del Sub.tag
        Base.tag = "Base.tag2"
    elif i == 5:
        Sub.m = lambda self: "Sub.m"

try:
    del Sub.tag
except AttributeError as e:
    print("AttributeError:", e)
