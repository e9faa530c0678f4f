class Grid:
    def __init__(self):
        self.cells = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", key))
        if key not in self.cells:
            raise KeyError(key)
        return self.cells[key]
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.cells[key] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, key):
        return key in self.cells

g = Grid()
g[0, 0] = "a"
g[1, 2] = "b"
g["k"] = "c"
print(g[0, 0], g[1, 2], len(g), (1, 2) in g, (5, 5) in g, (5, 5) not in g)
del g[0, 0]
print(len(g), g.log)
try:
    g[9]
except KeyError as e:
    print("KeyError:", e)
g[1, 2] += "!"
print(g[1, 2])

class Slicer:
    def __getitem__(self, item):
        return item
s = Slicer()
print(s[1:2], s[::3], s[1:2, 3], s[...], s[:, None])
sl = s[1:10:2]
print(sl.start, sl.stop, sl.step, type(sl).__name__)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for v in Seq():
    print("iter", v)
a, b, *c = Seq()
print(a, b, c)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
