class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(b), ~a)
print(a + 1, 1 + a, 2.5 + a)
print(sum([a, b, Vec(10, 10)]))
print(sum([a, b], Vec(0, 0)))

class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o)
    def __or__(self, o): return Bits(self.v | o)
    def __xor__(self, o): return Bits(self.v ^ o)
    def __lshift__(self, o): return Bits(self.v << o)
    def __rshift__(self, o): return Bits(self.v >> o)
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __rsub__(self, o): return "rsub %r" % o
    def __rtruediv__(self, o): return "rtruediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow"
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
b = Bits(12)
print((b & 10).v, (b | 3).v, (b ^ 5).v, (b << 2).v, (b >> 1).v)
print(1 & b, 1 | b, 1 ^ b, 1 << b, 1 >> b, 1 - b, 1 / b, 1 // b, 1 % b, 2 ** b)
print(divmod(b, 3), divmod(3, b))
print(pow(Vec(2, 3), 2))
