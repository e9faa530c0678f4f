# Tuple and list unpacking targets, nested targets, unpacking from any iterable.
a, b = 1, 2
print(a, b)
[c, d] = (3, 4)
print(c, d)
(e, f), g = (5, 6), 7
print(e, f, g)
h, (i, [j, k]) = 8, (9, [10, 11])
print(h, i, j, k)
x, y, z = "xyz"
print(x, y, z)
p, q = range(2)
print(p, q)
m, n = {"one": 1, "two": 2}
print(m, n)
r, s = (v * 2 for v in (5, 6))
print(r, s)
(t,) = [42]
print(t)
[u] = "u"
print(u)
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "last"
print(lst)
d = {}
d["k1"], d["k2"] = 1, 2
print(d)
for (k, v) in [("a", 1), ("b", 2)]:
    print(k, v)
for i, (key, val) in enumerate({"x": 10, "y": 20}.items()):
    print(i, key, val)
items = [1, 2]
i = 0
i, items[i] = 1, "assigned"
print(i, items)
