# Tuples: creation, indexing, slicing, immutability, methods.
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t[::-1], len(t), type(t))
e = ()
s = (5,)
n = 5,
print(e, s, n, s == n, len(e), type(e))
print(tuple(), tuple([1, 2]), tuple("abc"), tuple(range(3)), tuple({"a": 1, "b": 2}))
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), () * 10)
print(t.count(2), t.index(3), (1, 1, 2, 1).count(1), (1, 2, 1).index(1, 1))
print(3 in t, 4 not in t, (1, 2) in [(1, 2)], [1] in ([1],))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, "a") == (1, "a"))
print(max([(1, "b"), (1, "a"), (0, "z")]), sorted([(2, 1), (1, 2), (1, 1)]))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0] + nested[1][1])
mix = ([1], [2])
mix[0].append(9)
print(mix)
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def assign():
    t[0] = 5
def delete():
    del t[0]
attempt(assign)
attempt(delete)
attempt(lambda: t[3])
attempt(lambda: t.index(9))
attempt(lambda: t + [4])
attempt(lambda: t.append(4))
attempt(lambda: (1, 2) < (1, "a"))
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
print(hash((1, 2)) == hash((1, 2)))
print(tuple(x * 2 for x in range(4)))
