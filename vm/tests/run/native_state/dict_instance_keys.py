# An instance namespace holding keys with __eq__ (instance keys): lookups
# by name ask them, and __eq__ may replace the instance's __dict__.
class K:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        print("eq", self.name, other)
        return other == self.name


class O:
    pass


o = O()
o.__dict__[K("x")] = 1
print(o.x)
o.y = 2
print(o.y, len(o.__dict__))
o.x = 3
print(len(o.__dict__), o.x)
del o.x
print(hasattr(o, "x"), len(o.__dict__))


class Swap:
    def __hash__(self):
        return hash("z")

    def __eq__(self, other):
        target.__dict__ = {"z": "replaced"}
        return False


target = O()
target.__dict__[Swap()] = 0
try:
    print(target.z)
except AttributeError as e:
    print("AttributeError", e)
print(target.z)
d = {"a": 1}
n = O()
n.__dict__ = d
n.b = 2
print(d, vars(n) is d, sorted(dir(n))[-2:])
