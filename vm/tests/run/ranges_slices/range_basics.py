# range objects: iteration, indexing, slicing, len, membership, repr, errors.
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(5, 5)))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(0)), list(range(1, 0)), list(range(0, -5, -2)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], list(r[::-1]))
print(5 in r, 6 in r, 21 in r, -3 in r, 17 in r)
print(r.start, r.stop, r.step, r.index(9), r.count(9), r.count(10))
print(range(3) == range(3), range(0) == range(5, 2), range(0, 4, 2) == range(0, 3, 2), range(3) == [0, 1, 2])
print(len(range(10**18)), range(10**20)[-1], 10**19 in range(10**20))
print(repr(range(0, 5, 1)), str(range(-1, -10, -3)))
print(sum(range(100)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
print(list(range(True, 3)))
print(bool(range(0)), bool(range(-1, 1)))
for i in range(3):
    for j in range(i):
        print(i, j, end=" | ")
print()
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: range(0, 10, 0))
attempt(lambda: range(5)[5])
attempt(lambda: range(5)[-6])
attempt(lambda: range(1.0))
attempt(lambda: range("3"))
attempt(lambda: range(5).index(7))
attempt(lambda: range())
attempt(lambda: range(1, 2, 3, 4))
attempt(lambda: len(range(10**20)))
