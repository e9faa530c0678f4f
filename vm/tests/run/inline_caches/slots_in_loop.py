# __slots__ members read, written and deleted at hot sites, AttributeError on
# an unset slot inside the warmed loop, and a class with __slots__ + '__dict__'.


class P:
    __slots__ = ("a", "b")
    c = "class c"


class Q(P):
    __slots__ = ("d",)


p = P()
for i in range(7):
    try:
        print(i, p.a, p.b, p.c)
    except AttributeError as e:
        print(i, "AttributeError:", e)
    if i == 0:
        p.a = "a0"
    elif i == 1:
        p.b = "b1"
    elif i == 2:
        del p.a
    elif i == 3:
        p.a = "a3"
    elif i == 4:
        try:
            p.c = "no slot for c"
        except AttributeError as e:
            print("  AttributeError:", e)
        try:
            p.zz = 1
        except AttributeError as e:
            print("  AttributeError:", e)
    elif i == 5:
        del p.b
        try:
            del p.b
        except AttributeError as e:
            print("  AttributeError:", e)

print(hasattr(p, "__dict__"), P.a.__name__, type(P.a).__name__)

print("--- subclass slots through one site")
objs = [P(), Q(), Q()]
for i in range(6):
    o = objs[i % 3]
    o.a = i
    if i % 2:
        o.b = -i
    print(i, type(o).__name__, o.a, getattr(o, "b", "unset"), getattr(o, "d", "no d"))
    if isinstance(o, Q):
        o.d = "d%d" % i

print("--- slots plus __dict__")


class W:
    __slots__ = ("s", "__dict__")

    def total(self):
        return self.s + self.extra


w = W()
for i in range(6):
    w.s = i
    if i == 2:
        del w.s
        w.__dict__["s"] = 100      # slot is a data descriptor: dict entry hidden
    w.extra = i * 10
    try:
        print(i, w.total(), sorted(w.__dict__.items()))
    except AttributeError as e:
        print(i, "AttributeError:", e, sorted(w.__dict__.items()))
    if i == 3:
        W.s = "replaced slot descriptor"
        print("  now dict wins:", w.s)
