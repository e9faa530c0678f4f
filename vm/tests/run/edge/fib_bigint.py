# Fibonacci numbers with big integers, several methods that must agree.
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fib_doubling(n):
    def fd(k):
        if k == 0:
            return 0, 1
        a, b = fd(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k % 2 else (c, d)
    return fd(n)[0]
def mat_mult(x, y):
    return [[x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]],
            [x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]]]
def fib_matrix(n):
    result = [[1, 0], [0, 1]]
    base = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mat_mult(result, base)
        base = mat_mult(base, base)
        n >>= 1
    return result[0][1]
for n in [0, 1, 2, 10, 50, 92, 93, 94, 100, 200]:
    a, b, c = fib_iter(n), fib_doubling(n), fib_matrix(n)
    print(n, a, a == b == c)
f1000 = fib_iter(1000)
print(len(str(f1000)), str(f1000)[:15], f1000 % 1000000007)
print(fib_doubling(5000) == fib_matrix(5000), fib_doubling(5000) % 10**12)
print(sum(int(d) for d in str(fib_iter(500))))
