class Seq:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __reversed__(self):
        return iter(["custom reversed"])
class Plain:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
print(list(reversed(Seq(1, 2, 3))), list(reversed(Plain(1, 2, 3))))
class NoSeq:
    pass
try:
    reversed(NoSeq())
except TypeError as e:
    print("TypeError:", e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Cmp) and o.v == self.v
    __hash__ = object.__hash__
xs = [Cmp(1), Cmp(2), Cmp(1)]
print(xs.count(Cmp(1)), xs.index(Cmp(2)), Cmp(2) in xs)
xs.remove(Cmp(1))
print([c.v for c in xs])
print([Cmp(1)] == [Cmp(1)], (Cmp(1),) == (Cmp(2),))
print({"k": Cmp(3)} == {"k": Cmp(3)})
