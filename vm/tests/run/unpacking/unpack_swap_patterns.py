# Idioms: swaps, rotations, fibonacci with tuple assignment, evaluation order.
a, b = 0, 1
seq = []
for _ in range(15):
    seq.append(a)
    a, b = b, a + b
print(seq)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
lst = [5, 1, 4]
lst[0], lst[1] = lst[1], lst[0]
print(lst)
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)
def order(tag, v):
    print("eval", tag)
    return v
p, q = order("left", 1), order("right", 2)
print(p, q)
pairs = [(3, "c"), (1, "a"), (2, "b")]
nums, chars = zip(*sorted(pairs))
print(nums, chars)
matrix = [[1, 2, 3], [4, 5, 6]]
(r1c1, _, r1c3), (_, r2c2, _) = matrix
print(r1c1, r1c3, r2c2)
coords = [(1, 2), (3, 4), (5, 6)]
print(sum(x for x, _ in coords), sum(y for _, y in coords))
a = b = c = [0]
a, b = [1], [2]
print(a, b, c)
