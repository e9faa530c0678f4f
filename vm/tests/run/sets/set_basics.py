# Sets of small ints: creation, membership, methods. (Only small ints are printed unsorted.)
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s, type(s))
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.discard(3)
s.remove(4)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(set(), set([1, 1, 2]), set(range(5)), set((0, 0)), {1, 1.0, True})
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)), a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} > {1}, {1} == {1}, {1} != {2})
print(a.isdisjoint(b), a.isdisjoint({9}))
c = a.copy()
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 20}
print(c, a)
c.update([5, 6], {7})
print(sorted(c))
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
c.clear()
print(c, len(c), bool(c))
print(sorted({5, 3, 9, 1}), sum({1, 2, 3}), max({4, 8}), min({4, 8}))
words = ["b", "a", "b", "c", "a"]
print(sorted(set(words)), len(set(words)), "a" in set(words))
