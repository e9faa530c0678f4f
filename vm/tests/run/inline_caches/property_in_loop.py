# Properties with getter/setter/deleter at hot sites, a property replaced by a
# plain class attribute mid-loop, and a getter raising AttributeError with
# __getattr__ defined.

log = []


class C:
    def __init__(self):
        self._v = 0

    def _get(self):
        return "v=%s" % self._v

    def _set(self, value):
        log.append("set %s" % value)
        self._v = value

    def _del(self):
        log.append("del")
        self._v = "deleted"

    v = property(_get, _set, _del)


c = C()
for i in range(7):
    c.v = i * 3
    r = c.v
    if i % 3 == 2:
        del c.v
    print(i, r, c.v, log)
    del log[:]
    if i == 3:
        C.v = "plain class attr"   # no longer a data descriptor
print(c.__dict__)
del c.v
print(c.v, sorted(c.__dict__))

print("--- read-only property and replacement")


class R:
    @property
    def p(self):
        return "prop"


r = R()
for i in range(5):
    try:
        r.p = i
        print(i, "stored", r.p)
    except AttributeError as e:
        print(i, "AttributeError:", e, r.p)
    if i == 1:
        R.p = 42
    elif i == 3:
        R.p = property(lambda self: "new prop")
try:
    del r.p
except AttributeError as e:
    print("AttributeError:", e)

print("--- getter raising AttributeError with __getattr__")


class G:
    @property
    def a(self):
        raise AttributeError("inner failure")

    @property
    def b(self):
        return "b ok"


g = G()
for i in range(5):
    try:
        print(i, "a", g.a)
    except AttributeError as e:
        print(i, "a", "AttributeError:", e)
    print(i, "b", g.b, getattr(g, "a", "default"))
    if i == 1:
        G.__getattr__ = lambda self, name: "fallback(%s)" % name
    elif i == 3:
        del G.__getattr__
