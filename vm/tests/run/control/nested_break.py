# Breaking out of nested loops with flags, else clauses and functions.
grid = [[1, 2, 3], [4, 42, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 42:
            found = (r, c)
            break
    else:
        continue
    break
print("found", found)
def search(target):
    for r in range(len(grid)):
        for c in range(len(grid[r])):
            if grid[r][c] == target:
                return r, c
    return None
print(search(8), search(100))
pairs = []
i = 0
while i < 4:
    j = 0
    while True:
        if j > i:
            break
        if (i + j) % 2 == 0:
            pairs.append((i, j))
        j += 1
    i += 1
print(pairs)
out = []
for a in range(5):
    if a == 3:
        continue
    for b in range(5):
        if b > a:
            break
        out.append(a * 10 + b)
print(out)
n = 0
for x in range(100):
    for y in range(100):
        n += 1
        if y == 2:
            break
    if x == 3:
        break
print("n", n)
