class P:
    __slots__ = ("x",)
    y = "class y"

p = P()
print(p.y)
try:
    p.y = "inst"
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)

class WithProp:
    __slots__ = ("_v",)
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
w = WithProp()
w.v = 4
print(w.v, w._v)
xs = [P() for _ in range(3)]
for i, o in enumerate(xs):
    o.x = i * i
print([o.x for o in xs])
