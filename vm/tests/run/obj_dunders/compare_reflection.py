class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print("A.__gt__")
        return "A-gt"
class B(A):
    def __lt__(self, other):
        print("B.__lt__")
        return "B-lt"
    def __gt__(self, other):
        print("B.__gt__")
        return "B-gt"

a, b = A(1), B(2)
print(a < b)   # B is subclass overriding reflected __gt__: tried first
print(b < a)
print(a > a)
print(a < a)

class Eq:
    def __eq__(self, other):
        print("Eq.__eq__")
        return NotImplemented
x, y = Eq(), Eq()
print(x == y)
print(x == x)
print(x != y)

class Num:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return other == self.n
print(Num(3) == 3, 3 == Num(3), Num(3) != 4)
class NeOnly:
    def __ne__(self, other):
        return "custom-ne"
print(NeOnly() != 1, NeOnly() == 1)
try:
    print(A(1) <= A(2))
except TypeError as e:
    print("TypeError:", e)
