# Annotations are evaluated and otherwise ignored.
def f(x: int, y: "str" = "d") -> list:
    return [x, y]
print(f(1), f("not an int", 2))
count: int = 5
print(count)
values: list = []
values.append(1)
print(values)
def g(*args: int, **kw: float) -> None:
    return None
print(g(1, a=2.0))
z: float
print("z declared only")
try:
    print(z)
except NameError as e:
    print("NameError:", e)
def h(a: 1 + 1) -> 2 * 3:
    return a
print(h(4))
