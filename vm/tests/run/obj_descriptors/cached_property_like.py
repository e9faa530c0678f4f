class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("computing", self.name)
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val

class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached
    def total(self):
        return sum(self.xs)
    @cached
    def doubled(self):
        return [x * 2 for x in self.xs]

d = Data([1, 2, 3])
print(d.total, d.total, d.doubled, d.total)
print(sorted(vars(d)))
del d.total
print(d.total)
d2 = Data([10])
print(d2.total, type(Data.total).__name__)
