# Attribute access on modules and instances whose namespace holds a key
# that only says it equals the attribute's name (CPython's attribute lookup
# then asks that key's __eq__).
import sys


class Same:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return other == self.name

    def __repr__(self):
        return "Same(%r)" % self.name


class C:
    def m(self):
        return "method"


o = C()
o.__dict__[Same("a")] = "via Same"
print(o.a, hasattr(o, "a"), getattr(o, "b", "no b"))
o.a = "set"
print(o.__dict__, o.a)
del o.a
print(o.__dict__, hasattr(o, "a"))
o.__dict__[Same("m")] = lambda: "instance attribute"
print(o.m())
del o.m
print(o.m())


class Swap:
    # __eq__ replaces the instance's __dict__ in the middle of the lookup.
    def __hash__(self):
        return hash("q")

    def __eq__(self, other):
        target.__dict__ = {"q": "fresh dict"}
        return False


target = C()
target.__dict__[Swap()] = 1
try:
    print(target.q)
except AttributeError as e:
    print("AttributeError:", e)
print(target.q)

me = sys.modules[__name__]
globals()[Same("modattr")] = "module via Same"
print(me.modattr)
me.modattr = "module set"
print(me.modattr, modattr)
del me.modattr
print(hasattr(me, "modattr"))


def fn():
    return "called"


fn.__dict__[Same("tag")] = "function via Same"
print(fn.tag, hasattr(fn, "tag"))
fn.tag = "function set"
print(fn.__dict__, fn.tag)
del fn.tag
print(fn.__dict__, hasattr(fn, "tag"), fn())
