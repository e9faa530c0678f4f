class NoItems:
    pass
o = NoItems()
try:
    o[0]
except TypeError as e:
    print("TypeError:", e)
try:
    o[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del o[0]
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five[0]
except TypeError as e:
    print("TypeError:", e)
try:
    nothing = None
    nothing["k"]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    lst = [1, 2]
    lst["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e)
class GetOnly:
    def __getitem__(self, k):
        return k
g = GetOnly()
print(g[3])
try:
    g[3] = 4
except TypeError as e:
    print("TypeError:", e)
try:
    del g[3]
except TypeError as e:
    print("TypeError:", e)
NoItems.__getitem__ = lambda self, k: "patched " + repr(k)
print(o[0], o["x"])
