class Point:
    dims = 2
    origin_label = "O"

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
q = Point(3, 4)
print(p.dims, q.dims, Point.dims)
p.dims = 3
print(p.dims, q.dims, Point.dims)
print(sorted(vars(p)), sorted(vars(q)))
Point.dims = 5
print(p.dims, q.dims)
del p.dims
print(p.dims)
try:
    del p.dims
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Point.x)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.z)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(p, "z", "default"))
Point.z = "class z"
print(p.z, q.z)
p.z = "inst z"
print(p.z, q.z, Point.z)
