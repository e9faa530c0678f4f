# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = ["E"] * len(a[::2])
print(a)
a[1:3] = []
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = "xyz"
print(b)
b[5:] = range(3)
print(b)
b[:] = []
print(b)
c = [0, 1, 2, 3, 4, 5]
c[::-2] = [10, 30, 50]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    c[0:2] = 5
except TypeError as e:
    print("TypeError:", e)
d = [1, 2, 3]
d[1:1] = [8, 9]
print(d)
d[-1:] = [[7]]
print(d)
e = list(range(6))
del e[1:5:2]
print(e)
e[10:20] = [99]
print(e)
f = [1, 2, 3]
f[1:2] = f
print(f)
g = [0, 1, 2, 3]
g[3:1] = ["in"]
print(g)
