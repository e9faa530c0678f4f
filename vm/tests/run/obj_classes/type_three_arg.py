def init(self, v):
    self.v = v

Base = type("Base", (), {"kind": "base", "__init__": init})
b = Base(3)
print(type(b).__name__, b.v, b.kind, Base.__bases__)
Child = type("Child", (Base,), {"kind": "child", "double": lambda self: self.v * 2})
c = Child(5)
print(c.kind, c.double(), [k.__name__ for k in Child.__mro__])
print(isinstance(c, Base), type(Child), type(type))
print(Child.__name__, Child.__qualname__)
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty.__mro__[-1])
print(type(3) is int, type("s") is str, type(None).__name__)
ns = {"a": 1}
T = type("T", (object,), ns)
ns["b"] = 2
print(hasattr(T, "a"), hasattr(T, "b"))
try:
    type("X", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
