# Starred assignment targets in every position.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*everything, = "abc"
print(everything)
head, *tail = "x"
print(head, tail)
(a, b), *others = [(1, 2), (3, 4), (5, 6)]
print(a, b, others)
a, (b, *c), d = 1, (2, 3, 4, 5), 6
print(a, b, c, d)
[*s] = (1, 2)
print(s, type(s))
x, *y = (v for v in range(3))
print(x, y)
print([*range(3), *"ab", *[None]], (*[1, 2], 3), {*[1, 2], 3})
print({**{"a": 1}, "b": 2, **dict(c=3)})
print(*[1, 2], *(3,))
for first, *more in [[1, 2, 3], [4], [5, 6]]:
    print(first, more)
def f(*args):
    return args
print(f(*[1, 2], 3, *(4, 5)))
