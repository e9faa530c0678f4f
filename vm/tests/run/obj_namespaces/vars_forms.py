class P:
    cls_attr = 1
    def __init__(self):
        self.x = 1
p = P()
print(vars(p), vars(p) is p.__dict__)
vars(p)["y"] = 2
print(p.y)
print("cls_attr" in vars(P), "x" in vars(P))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
def f():
    q = 1
    return vars()
print(f())
print(vars() is globals())
import math
print(vars(math)["pi"] == math.pi)
try:
    vars(p, p)
except TypeError as e:
    print("TypeError:", e)
