class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x, getattr(p, "y"))
print(type(P.__dict__["x"]).__name__)
print(P.__slots__)

class Q(P):
    pass
q = Q(5)
q.z = 6
print(q.x, q.z, vars(q))

class R(P):
    __slots__ = ("w",)
r = R(7)
r.w = 8
print(r.x, r.w, hasattr(r, "__dict__"))
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)

class S:
    __slots__ = ["a", "__dict__"]
s = S()
s.a = 1
s.b = 2
print(s.a, s.__dict__)
class T:
    __slots__ = "only"
t = T()
t.only = "single"
print(t.only)
