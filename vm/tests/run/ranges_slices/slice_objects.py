# slice objects and the slicing protocol on sequences.
s = slice(1, 5)
print(s, s.start, s.stop, s.step, type(s))
print(slice(3), slice(None), slice(1, None, -1))
data = list(range(10))
print(data[s], data[slice(None, None, -2)], data[slice(-3, None)], "abcdefgh"[slice(2, 6, 2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(slice(0, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7))
t = tuple(range(8))
print(t[2:6], t[::-1][:3], t[-2:], t[5:1:-2], type(t[1:]))
r = range(0, 30, 3)
print(r[2:5], r[::-1], r[-3:], list(r[1::4]))
cases = [(None, None, None), (2, None, None), (None, 3, None), (-2, None, None), (None, None, -1), (8, 2, -2), (-1, -8, -3), (100, -100, -1), (3, 3, None), (7, 0, 1)]
seq = "0123456789"
for a, b, c in cases:
    print(a, b, c, repr(seq[a:b:c]), list(range(10))[a:b:c])
lst = list(range(6))
lst[slice(1, 3)] = ["a"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
