# Property fields are read from the property itself, not from a __dict__.
def g(self):
    return 1


def s(self, v):
    pass


p = property(g, None, None, "the doc")
print(p.fget is g, p.fset, p.fdel, p.__doc__)
q = p.setter(s)
print(q is p, q.fget is g, q.fset is s, q.__doc__)
r = q.deleter(g).getter(s)
print(r.fget is s, r.fset is s, r.fdel is g)
print(property().fget, property().__doc__)

for attempt in ("p.fget = g", "p.other = 1", "del p.fget", "del p.other"):
    try:
        exec(attempt)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e:
    print("TypeError", e)
print(hasattr(p, "__dict__"))


class C:
    @property
    def x(self):
        return 42

    @x.setter
    def x(self, v):
        print("set", v)

    y = property(lambda self: 7)


c = C()
print(c.x, c.y, C.x.fget.__name__, C.x.fset.__name__)
c.x = 5
try:
    c.y = 1
except AttributeError as e:
    print(e)
try:
    del c.x
except AttributeError as e:
    print(e)
print(vars(c))
