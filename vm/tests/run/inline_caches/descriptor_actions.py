# Cached property setters, static and class methods (on instances and on
# classes) and the generic entries of keys nothing else fits: each must
# follow changes to the class, its bases and the instance at once.


class R:
    def __init__(self):
        self._w = 0

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, v):
        self._w = v if v > 0 else 0

    @staticmethod
    def helper(v):
        return ("helper", v)

    @classmethod
    def make(cls, v):
        return (cls.__name__, v)


class S(R):
    pass


def set_loop(o, vals):
    out = []
    for v in vals:
        o.w = v
        out.append(o.w)
    return out


r = R()
print(set_loop(r, [3, -1, 5]))
# The setter replaced by a new property on the class.
R.w = property(lambda self: ("new", self._w), lambda self, v: setattr(self, "_w", v * 10))
print(set_loop(r, [1, 2]))
# A property without a setter: the error at the cached site.
R.w = property(lambda self: self._w)
try:
    set_loop(r, [7])
except AttributeError as e:
    print("AttributeError", e)
# No descriptor any more: a plain instance attribute.
del R.w
print(set_loop(r, [8, 9]), vars(r))
# A base's property seen by the subclass, then shadowed in the subclass.
R.w = property(lambda self: self._w, lambda self, v: setattr(self, "_w", -v))
s = S()
print(set_loop(s, [4]))
S.w = 5
print(set_loop(s, [6]), S.w)


def calls(o):
    return o.helper(1), o.make(2), type(o).helper(3), type(o).make(4)


print(calls(R()), calls(S()))
# Instance attributes shadow static and class methods.
o = R()
o.helper = lambda v: ("own", v)
o.make = lambda v: ("own make", v)
print(calls(o))
# Replaced on the class, on the base.
R.helper = staticmethod(lambda v: ("helper2", v))
S.make = classmethod(lambda cls, v: ("S.make", cls.__name__, v))
print(calls(R()), calls(S()))
R.make = lambda *a: ("plain", len(a))
print(calls(R()))


# Loads through the methods as values.
def as_values(o):
    f = o.make
    g = type(o).make
    h = o.helper
    return f(1), g(2), h(3)


print(as_values(S()))


# Keys with nothing to cache: classes with __getattr__, __dict__ and __class__.
class G:
    def __getattr__(self, name):
        return ("getattr", name)


def generic(o):
    return o.missing, type(o.__dict__).__name__, o.__class__.__name__


for i in range(3):
    print(generic(G()))
G.missing = "found"
print(generic(G()))
