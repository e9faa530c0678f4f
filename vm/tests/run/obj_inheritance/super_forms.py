class Base:
    def __init__(self, v):
        self.v = v
        self.trail = ["Base"]
    def describe(self):
        return "Base(%s)" % self.v
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper():
        return "helper"

class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 10)
        self.trail.append("Mid")
    def describe(self):
        return "Mid<" + super().describe() + ">"
    @classmethod
    def make(cls, v):
        obj = super().make(v + 1)
        obj.trail.append("made")
        return obj

class Leaf(Mid):
    def __init__(self, v):
        super(Leaf, self).__init__(v)
        self.trail.append("Leaf")
    def describe(self):
        return "Leaf[" + super(Leaf, self).describe() + "]"
    def skip(self):
        return super(Mid, self).describe()
    def helper2(self):
        return super().helper()

l = Leaf(2)
print(l.v, l.trail)
print(l.describe())
print(l.skip())
print(l.helper2())
m = Leaf.make(3)
print(type(m).__name__, m.v, m.trail)
print(super(Leaf, l).describe())
print(super(Mid, Leaf).describe(l))
