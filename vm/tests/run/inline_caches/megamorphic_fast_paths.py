# Sites that see more than four (class, shape) keys go megamorphic and read
# the VM's shared cache: attribute loads (inline values, dict-mode hints,
# __slots__ members), stores (existing attributes, ones that add an
# attribute, members) and method loads, with classes patched, instances
# shadowing methods and dict-mode instances among them.


def make_classes():
    classes = []
    for i in range(7):
        def m(self, i=i):
            return i * 100 + self.v

        classes.append(type("K%d" % i, (), {"m": m, "kind": i}))

    class S:
        __slots__ = ("v", "w")

        def m(self):
            return -self.v

    classes.append(S)
    return classes


def build(classes):
    objs = []
    for c in classes:
        o = c()
        o.v = len(objs)
        objs.append(o)
    objs[2].extra = "x"  # another shape
    objs[3].__dict__  # dictionary mode
    return objs


def loads(objs):
    total = 0
    for r in range(4):
        for o in objs:
            total += o.v
    return total


def stores(objs):
    for r in range(3):
        for o in objs:
            o.v = o.v + 1  # existing
    fresh = [type(o)() for o in objs]
    for o in fresh:
        o.v = 5  # adds (or sets the member)
    for o in fresh:
        o.w = 6  # adds a second one
    return [o.v for o in objs], [(o.v, o.w) for o in fresh]


def methods(objs):
    out = []
    for r in range(3):
        for o in objs:
            out.append(o.m())
    return out


def shadowed(objs):
    out = []
    for r in range(4):
        for o in objs:
            out.append(o.m() if not callable(getattr(o, "note", None)) else o.note())
        if r == 1:
            objs[0].m = lambda: "own"  # the instance shadows its method
            objs[3].m = lambda: "own-dict"
    for o in objs:
        out.append(o.m())
    return out


def patched(classes, objs):
    out = []
    for r in range(4):
        for o in objs:
            out.append(o.m())
        if r == 1:
            classes[1].m = lambda self: "patched"
            del classes[2].m
            classes[2].m = property(lambda self: lambda: "via property")
    return out


def class_values(objs):
    out = []
    for r in range(2):
        for o in objs:
            out.append(getattr(o, "kind", None))
            try:
                out.append(o.kind)
            except AttributeError as e:
                out.append(str(e))
    return out


def unset_member_at_mega_site(classes):
    S = classes[-1]
    objs = [c() for c in classes]
    for i, o in enumerate(objs):
        if i % 2 == 0:
            o.v = i
    out = []
    for r in range(2):
        for o in objs:
            try:
                out.append(o.v)
            except AttributeError as e:
                out.append(str(e))
    s = S()
    try:
        s.other = 1
    except AttributeError as e:
        out.append(str(e))
    return out


classes = make_classes()
objs = build(classes)
print("loads", loads(objs))
print("stores", stores(objs))
print("methods", methods(objs))
print("shadowed", shadowed(objs))
print("patched", patched(classes, objs))
print("class values", class_values(objs))
print("members", unset_member_at_mega_site(classes))
