class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B-radd"
class C:
    pass

print(A() + B())
try:
    A() + C()
except TypeError as e:
    print("TypeError:", e)
try:
    C() + A()
except TypeError as e:
    print("TypeError:", e)
try:
    A() + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + C()
except TypeError as e:
    print("TypeError:", e)
try:
    C() * 2
except TypeError as e:
    print("TypeError:", e)
try:
    C() - C()
except TypeError as e:
    print("TypeError:", e)
try:
    -C()
except TypeError as e:
    print("TypeError:", e)
try:
    C() < 3
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)

class Sub(int):
    def __radd__(self, o):
        return "Sub.radd"
    def __add__(self, o):
        return "Sub.add"
print(1 + Sub(2), Sub(2) + 1)
class RB:
    def __rsub__(self, o):
        return "rsub-from-%r" % (o,)
print(5 - RB(), "s" - RB(), [1] - RB())
