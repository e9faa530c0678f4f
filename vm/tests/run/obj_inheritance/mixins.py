class ReprMixin:
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in vars(self).items())
        return "%s(%s)" % (type(self).__name__, fields)

class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None

class Point(ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, "a")
print(p, repr(p), str(p))
print(p == Point(1, "a"), p == Point(2, "a"), p != Point(1, "a"))
print([Point(i, i) for i in range(2)])
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print([k.__name__ for k in Point.__mro__])
