class MyDict(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
md = MyDict(a=1)
print(len(md), md["a"], md["zz"], "zz" in md)
md["b"] = 2
print(sorted(md.items()), md.get("zz"))

class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "abracadabra":
    c.add(ch)
print(sorted(c.items()), isinstance(c, dict))
class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
a = Attr(x=1)
print(a.x, hasattr(a, "y"))
