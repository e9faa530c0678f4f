# A key's __eq__ runs during a lookup in a module namespace and changes
# that namespace (here: stores a key that turns slots into a hash table,
# which renumbers the entries). The lookup must start again, as CPython's
# does, and never act on an entry that moved.


class Zap:
    def __hash__(self):
        return 0

    def __eq__(self, other):
        return self is other


class K:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        globals()[Zap()] = 0
        return other == self.name


a = 1
del a
x, y = "x", "y"
print(globals().pop(K("x")))
print([k for k in ("x", "y") if k in globals()])

b = c = d = e = 1
del b, c, d, e
z = "old"
globals()[K("z")] = "new"
print(z)
print(globals().get(K("y")), K("y") in globals())
del globals()[K("y")]
print("y" in globals())


# A string looks up a key that only says it equals the string.
class Same:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return other == self.name

    def __repr__(self):
        return "Same(%r)" % self.name


globals()[Same("fresh")] = "via Same"
print(globals().get("fresh"), fresh, "fresh" in globals())


def read_fresh():
    return fresh


print(read_fresh())
fresh = "rebound"
print(read_fresh(), [k for k in globals() if repr(k) == "Same('fresh')"])
del fresh
try:
    read_fresh()
except NameError as err:
    print("NameError:", err)

plain = {Same("p"): 1}
print(plain.get("p"), plain["p"], "p" in plain)
plain["p"] = 2
print(plain, len(plain))
print(plain.pop("p"), plain)

ns = {Same("v"): "in ns"}
exec("print(v)\nv = 'set by exec'\nw = 1", {}, ns)
print(sorted(repr(k) for k in ns), ns[Same("v")])
