class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("eq", self.n, getattr(other, "n", other))
        if isinstance(other, V):
            return self.n == other.n
        return NotImplemented
    def __lt__(self, other):
        print("lt", self.n, getattr(other, "n", other))
        if isinstance(other, V):
            return self.n < other.n
        return NotImplemented
    def __le__(self, other):
        return self.n <= other.n
    def __repr__(self):
        return "V(%d)" % self.n

a, b = V(1), V(2)
print(a == b, a != b, a < b, a > b)
print(a <= b, b >= a)
print(a == 1)
print(a != 1)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
print(sorted([V(3), V(1), V(2)]))
print(max(V(5), V(9)), min([V(4), V(0)]))
print(V(1) in [V(0), V(1)])
print(1 < 2 < 3, a < b < V(3))
