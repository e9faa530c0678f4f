# Nested lists: matrices, transposition, flattening, deep equality.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[1][2], m[-1][-1], [row[0] for row in m])
t = [[m[r][c] for r in range(3)] for c in range(3)]
print(t)
print(list(map(list, zip(*m))) == t)
flat = [x for row in m for x in row]
print(flat, sum(flat))
diag = [m[i][i] for i in range(3)]
anti = [m[i][2 - i] for i in range(3)]
print(diag, anti)
grid = [["."] * 4 for _ in range(3)]
grid[1][2] = "#"
for row in grid:
    print("".join(row))
deep = [1, [2, [3, [4, [5]]]]]
def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max([depth(y) for y in x] + [0])
print(depth(deep), depth([]), depth(5))
def flatten(x):
    out = []
    for y in x:
        if isinstance(y, list):
            out.extend(flatten(y))
        else:
            out.append(y)
    return out
print(flatten(deep), flatten([[[]], [1, [2]], 3]))
cp = [row[:] for row in m]
cp[0][0] = 100
print(m[0][0], cp[0][0])
rot = [list(r) for r in zip(*m[::-1])]
print(rot)
