# __slots__ members read and written at cached attribute sites: the fused
# local forms (self.x), plain LoadAttr/StoreAttr (objs[i].x), polymorphic
# sites that mix member and inline attributes, unset and deleted members,
# a member replaced on the class meanwhile, and descriptors that do not
# apply to the instance they are used on.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def mono():
    total = 0
    objs = [P(i, -i) for i in range(20)]
    for k in range(3):
        for o in objs:
            o.x = o.x + 1
            total += o.norm1()
        for i in range(len(objs)):
            objs[i].y = objs[i].y - 1
            total += objs[i].y
    print("mono", total, objs[5].x, objs[5].y)


def values():
    # every kind of value through the same member site
    o = P(0, 0)
    kinds = [1, -(2 ** 70), 2.5, float("nan"), "s", None, True, (1, 2), [3], {"k": 4}, P(1, 2)]
    out = []
    for v in kinds:
        o.x = v
        got = o.x
        out.append(type(got).__name__ if got is v or got != got else "changed")
    print("values", out)


def unset_and_deleted():
    o = P(1, 2)
    del o.y
    msgs = []
    for i in range(4):
        try:
            msgs.append(o.y)
        except AttributeError as e:
            msgs.append(str(e))
        if i == 1:
            o.y = 10
        if i == 2:
            del o.y
    print("unset", msgs)
    q = P.__new__(P)
    try:
        q.x
    except AttributeError as e:
        print("fresh", e)
    try:
        del q.x
    except AttributeError as e:
        print("del unset", e)


class WithDict:
    __slots__ = ("a", "__dict__")

    def __init__(self, a):
        self.a = a
        self.extra = a * 2


class Sub(P):
    # no __slots__: instances have a dict beside the inherited members
    def __init__(self, x, y, z):
        P.__init__(self, x, y)
        self.z = z


def mixed():
    objs = [WithDict(1), WithDict(2), Sub(3, 4, 5), P(6, 7), Sub(8, 9, 10)]
    objs[1].__dict__  # dictionary mode for this one
    total = 0
    for r in range(3):
        for o in objs:
            if isinstance(o, WithDict):
                o.a = o.a + 1
                total += o.a + o.extra
            else:
                o.x = o.x + r
                total += o.x + o.y
                if type(o) is Sub:
                    o.z += 1
                    total += o.z
    print("mixed", total, vars(objs[2]), objs[1].__dict__)


def poly_site():
    # one site sees a member, an inline attribute, a class attribute and a
    # property, in turn, past the polymorphic limit
    class A:
        __slots__ = ("v",)

    class B:
        def __init__(self):
            self.v = 1

    class C:
        v = 7

    class D:
        @property
        def v(self):
            return 11

    class E:
        __slots__ = ("w", "v")

    objs = [A(), B(), C(), D(), E()]
    objs[0].v = 3
    objs[4].v = 5
    seen = []
    for r in range(3):
        for o in objs:
            seen.append(o.v)
    print("poly", seen)


def replaced_on_class():
    o = P(1, 2)
    got = []
    for i in range(6):
        got.append(o.x)
        if i == 2:
            P.x = property(lambda self: "prop")
        if i == 4:
            P.x = 99
    print("replaced", got)


def stores_after_replace():
    class Q:
        __slots__ = ("x",)

    member = Q.x
    o = Q()
    out = []
    for i in range(5):
        try:
            o.x = i
            out.append(o.x)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
        if i == 1:
            Q.x = 5
        if i == 3:
            Q.x = member
    print("stores", out)


def foreign():
    class A:
        __slots__ = ("x",)

    class B:
        __slots__ = ("y",)

    class C:
        pass

    B.x = A.__dict__["x"]
    C.x = A.__dict__["x"]
    for o in (B(), C()):
        for i in range(3):
            for op in ("set", "get", "del"):
                try:
                    if op == "set":
                        o.x = i
                    elif op == "get":
                        o.x
                    else:
                        del o.x
                    print("foreign", op, "ok")
                except (TypeError, AttributeError) as e:
                    print("foreign", op, type(e).__name__, e)
    d = A.__dict__["x"]
    for args in ((5,), (None, A)):
        try:
            print(d.__get__(*args) is d)
        except TypeError as e:
            print("get", e)
    for f, args in ((d.__set__, (5, 1)), (d.__delete__, (5,))):
        try:
            f(*args)
        except TypeError as e:
            print("set/del", e)
    a = A()
    d.__set__(a, 4)
    print("via descriptor", d.__get__(a), a.x)
    d.__delete__(a)
    try:
        d.__get__(a)
    except AttributeError as e:
        print("after delete", e)


def class_assign():
    class L1:
        __slots__ = ("p", "q")

    class L2:
        __slots__ = ("p", "q")

    o = L1()
    o.p, o.q = 1, 2
    out = []
    for i in range(4):
        out.append((type(o).__name__, o.p, o.q))
        o.p += 10
        o.__class__ = L2 if i % 2 == 0 else L1
    print("class assign", out)


mono()
values()
unset_and_deleted()
mixed()
poly_site()
replaced_on_class()
stores_after_replace()
foreign()
class_assign()


def owner_collected():
    # the message names the declaring class after it is gone
    import gc

    def mk():
        class Gone:
            __slots__ = ("x",)

        return Gone.__dict__["x"]

    d = mk()
    gc.collect()
    try:
        d.__get__(5, int)
    except TypeError as e:
        print("collected owner", e)


owner_collected()
