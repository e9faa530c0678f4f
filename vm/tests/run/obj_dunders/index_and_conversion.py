class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], "abc"[Idx(2)])
print(range(Idx(3))[-1], hex(Idx(255)), bin(Idx(5)))
print(int(Num()), float(Num()), [0] * Idx(3))
try:
    lst[Num()]
except TypeError as e:
    print("TypeError:", e)
class Round:
    def __round__(self, n=None):
        return "rounded %r" % (n,)
print(round(Round()), round(Round(), 2))
class Abs:
    def __abs__(self):
        return "abs!"
print(abs(Abs()))
class Neg:
    def __neg__(self):
        return "neg!"
print(-Neg())
