class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def move(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
    def norm(self):
        return abs(self.x) + abs(self.y)

p = Point(1, 2)
cases = [
    lambda: Point(),
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: p.move(),
    lambda: p.move(1, 2, 3),
    lambda: p.norm(1),
    lambda: Point.norm(),
    lambda: Point.move(p),
    lambda: Point.norm(p, p),
]
for c in cases:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)
def outer():
    def inner(a):
        return a
    return inner
try:
    outer()()
except TypeError as e:
    print(e)
lam = lambda a, b: a
try:
    lam(1)
except TypeError as e:
    print(e)
class K:
    f = lambda self, q: q
try:
    K().f()
except TypeError as e:
    print(e)
