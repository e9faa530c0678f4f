# Sorting by tuple keys: the first pair of items that differ decides, equal
# prefixes leave it to the lengths, and ties keep their order (stable);
# ints and strings compare without Python code, other items as usual.
words = ["pear", "fig", "apple", "fig", "kiwi", "date", "apple", "plum", "fig"] * 12
counts = {}
for i, w in enumerate(words):
    counts[w] = counts.get(w, 0) + (i % 3)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True))

keys = [(3, "b"), (3,), (3, "a", 1), (3, "a"), (2, "z"), (3, "a", 0), (), (2,), (3, "a", 0)]
big = [(i % 7, str(i % 5), i % 3) for i in range(200)]
print(sorted(keys))
print(sorted(keys, reverse=True))
s = sorted(big)
print(s[:10], s[-5:])
print(sorted(range(100), key=lambda i: (i % 4, -i))[:12])

# Items of other kinds fall back to the general comparison, with its errors.
mixed = [(1, 2.5), (1, 2), (0, "x"), (1, True), (1, None), (5, 1)]
try:
    sorted(mixed)
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1, 2.5), (1, 2), (0, 9), (1, True), (1, -1.0)] * 20)[:6])

class K:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        K.calls += 1
        return self.v < other.v
    def __eq__(self, other):
        K.calls += 1
        return self.v == other.v
    def __repr__(self):
        return f"K({self.v})"

ks = [(i % 3, K(i % 4)) for i in range(80)]
print(sorted(ks)[:8], K.calls > 0)
nan = float("nan")
print(sorted([(1, nan), (0, 1), (1, 0.5)] * 30)[:4])

# The same comparison outside sorting, with every operator.
pairs = [((1, "a"), (1, "a")), ((1, "a"), (1, "b")), ((2,), (1, "z")), ((1,), (1, 0)), ((), ()), ((1, "a", 2.5), (1, "a", 2.5)), (("b", 1), ("a", 9))]
for x, y in pairs:
    print(x, y, x < y, x <= y, x == y, x != y, x > y, x >= y)
