class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
class Child(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 100
class Override(Base):
    @property
    def v(self):
        return "override " + str(super().v)

c = Child()
c.v = 2
print(c.v)
b = Base()
try:
    b.v = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Override().v)
class Plain(Base):
    v = "plain class attr"
print(Plain().v)
Base.v = property(lambda self: "patched property")
print(b.v, Child().v)
