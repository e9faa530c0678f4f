# Tuple packing/unpacking and tuples as return values and dict keys.
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 1, 7, 3])
print(lo, hi, minmax("hello"))
r = minmax([2, 9])
print(r, type(r))
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = b, c if False else 0, a
print(a, b, c)
coords = {(0, 0): "origin", (1, 2): "point"}
print(coords[(1, 2)], coords[0, 0], (1, 2) in coords)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
nums, words = zip(*pairs)
print(nums, words)
def multi():
    return 1, [2, 3], (4,)
x, (y, z), (w,) = multi()
print(x, y, z, w)
t = 1, 2, 3
print(t)
print((1, 2, 3)[1:], (1,) * 0)
def args_tuple(*args):
    return args
print(args_tuple(), args_tuple(1), args_tuple(1, "a"))
print(tuple(enumerate("ab")), tuple(zip("ab", "cd")))
