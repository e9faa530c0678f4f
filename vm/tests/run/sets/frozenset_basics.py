# frozensets: immutability, hashing as dict keys, operations with sets.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 1 in f, type(f))
print(frozenset(), frozenset(range(3)) == {0, 1, 2}, {0, 1} == frozenset({0, 1}))
g = f | {4}
print(g, type(g))
h = {4} | f
print(h, type(h))
print(f & {1, 9}, f - {1}, f ^ frozenset({1, 5}))
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset({2, 1})], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 0}
except TypeError as e:
    print("TypeError:", e)
print(sorted(frozenset([10, 5, 7])), frozenset({1}) <= frozenset({1, 2}))
print(frozenset([1, 2]).union([3]), frozenset([1, 2]).issubset([1, 2, 3]))
