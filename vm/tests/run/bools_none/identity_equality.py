# is vs ==, and identity of mutable containers.
a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b, a == c, a is c, a is not c)
b.append(3)
print(a, c)
t1 = (1, 2)
t2 = t1
print(t1 is t2, t1 == (1, 2))
print(None is None, True is True, False is not True)
d = {}
e = d
e["k"] = 1
print(d, d is e)
x = y = []
x.append(1)
print(y, x is y)
m = [[0] * 2] * 2
m[0][0] = 9
print(m, m[0] is m[1])
n = [[0] * 2 for _ in range(2)]
n[0][0] = 9
print(n, n[0] is n[1])
def same(p, q):
    return p is q
print(same(a, b), same(a, c), same(None, None))
s = "hello"
print(s == "hel" + "lo", s != "world")
print(1 == 1.0 == True, [1] == [1.0], (1, 2) == (1.0, 2.0), {1: 2} == {1.0: 2.0})
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] == [1, [2, 4]])
print(type(a) is list, type(t1) is tuple, type(d) is dict, type(1) is int, type(True) is bool, type(True) is int)
