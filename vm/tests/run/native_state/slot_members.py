# Slot descriptors keep their index and name in Rust fields.
class P:
    __slots__ = ("a", "b")


d = P.__dict__["b"]
print(d.__name__, d.__objclass__ is P, type(d).__name__)
p = P()
p.b = 2
print(p.b, d.__get__(p, P))
try:
    p.a
except AttributeError as e:
    print(e)
try:
    vars(d)
except TypeError as e:
    print(e)
try:
    d.x = 1
except AttributeError as e:
    print(type(e).__name__)
