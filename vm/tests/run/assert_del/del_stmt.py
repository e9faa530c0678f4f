# del of names, subscripts, slices, multiple targets and nested targets.
a = 1
b = [1, 2, 3, 4, 5, 6]
c = {"x": 1, "y": 2, "z": 3}
del a
try:
    a
except NameError as e:
    print("NameError:", e)
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
b = list(range(10))
del b[::3]
print(b)
del b[:]
print(b)
del c["y"]
print(c)
d, e = 1, 2
del d, e
try:
    print(d)
except NameError as err:
    print("NameError:", err)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
x = 10
def f():
    global x
    del x
f()
try:
    x
except NameError as err:
    print("NameError:", err)
def g():
    y = 1
    del y
    y = 2
    return y
print(g())
lst = [1, 2, 3]
del (lst[0], lst[0])
print(lst)
[p, q] = [7, 8]
del [p, q]
try:
    p
except NameError as err:
    print("NameError:", err)
