# Matrix multiplication, transpose, determinant, identity with lists.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def mat_pow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(b, a))
print(transpose(a))
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(m), det(identity(4)), det([[1, 2], [2, 4]]))
print(matmul(m, identity(3)) == m)
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
def show(mat):
    w = max(len(str(x)) for row in mat for x in row)
    for row in mat:
        print(" ".join(str(x).rjust(w) for x in row))
show(matmul(m, m))
fm = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(fm, fm))
