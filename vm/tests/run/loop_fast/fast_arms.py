# The loop's fast arms (string comparison and indexing, `in` on sets and
# strings, `is`, `not`, chained comparisons, and/or on bools, tuples) and
# the general arms they fall back to: the same results and errors.

words = ["apple", "Apple", "apples", "", "é", "ée", "z", "日本", "日", "a\x00b"]
ops = [
    ("<", lambda a, b: a < b),
    ("<=", lambda a, b: a <= b),
    ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b),
    (">", lambda a, b: a > b),
    (">=", lambda a, b: a >= b),
]
for name, f in ops:
    row = []
    for a in words:
        for b in words:
            row.append("1" if f(a, b) else "0")
    print(name, "".join(row))
print(sorted(words))
s = "héllo, 日本"
print([s[i] for i in range(-len(s), len(s))])
for bad in (len(s), -len(s) - 1, 10**20):
    try:
        s[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError", e)
print(s[True], "abc"[False])
st = {1, 2, "x", (1, 2), 3.5}
fs = frozenset([4, "y"])
for item in [1, 2, 5, "x", "z", (1, 2), 3.5, 1.0, True, 4, "y"]:
    print(repr(item), item in st, item not in st, item in fs, item not in fs)
print("ll" in "hello", "" in "", "lo" not in "hello", "日" in s)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    [] in st
except TypeError as e:
    print("TypeError", e)
a = object()
b = a
print(a is b, a is not b, None is None, 1 is not None, "a" is not None)
print(not True, not False, not 0, not [], not [1], not None, not "")
for x in [0, 5, 10, 11, -1, 2.5, "q"]:
    try:
        print(x, 0 <= x <= 10, 0 < x < 10 < 20, x == x == x)
    except TypeError as e:
        print("TypeError", e)
for p in [True, False]:
    for q in [True, False]:
        print(p and q, p or q, p and q or "z", p or q and "w", (p and 3) or 4)
x = [1]
x[0] += 5
print(x, (), (1,), (1, "a", None), tuple([x, x]) == (x, x))
t = (s[0], s[1], s[-1])
print(t, len(t), t[1:])


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v)
        return True

    def __hash__(self):
        return hash(self.v)


print(Eq(1) in {1, 2}, Eq(7) in {1, 2}, 2 in {Eq(2)})
m = -(2**63)
print(-m, -(m + 1), -0.0, -(-1.5), -True, -False, [-x for x in (3, -3, 0)])
for seq in [(1, 2), [3, 4], (5,), (6, 7, 8), "ab", (["a"], {"b": 1})]:
    try:
        p, q = seq
        print("unpacked", p, q)
    except ValueError as e:
        print("ValueError", e)
