# Recursive algorithms with memoisation via dict and default arguments.
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(300))
def binom(n, k, memo={}):
    if k == 0 or k == n:
        return 1
    key = (n, k)
    if key not in memo:
        memo[key] = binom(n - 1, k - 1) + binom(n - 1, k)
    return memo[key]
print(binom(60, 30), [binom(6, k) for k in range(7)])
def partitions(n, m=None, memo={}):
    if m is None:
        m = n
    if n == 0:
        return 1
    if n < 0 or m == 0:
        return 0
    key = (n, m)
    if key not in memo:
        memo[key] = partitions(n - m, m) + partitions(n, m - 1)
    return memo[key]
print([partitions(i) for i in range(1, 16)], partitions(100))
def edit_distance(a, b):
    memo = {}
    def d(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == 0:
            r = j
        elif j == 0:
            r = i
        elif a[i - 1] == b[j - 1]:
            r = d(i - 1, j - 1)
        else:
            r = 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
        memo[(i, j)] = r
        return r
    return d(len(a), len(b))
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
