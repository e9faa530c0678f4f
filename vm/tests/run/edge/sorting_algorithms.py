# Several sorting algorithms checked against sorted(), including stability.
import math
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        k = a[i]
        j = i - 1
        while j >= 0 and a[j] > k:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = k
    return a
def selection(a):
    a = a[:]
    for i in range(len(a)):
        m = min(range(i, len(a)), key=lambda j: a[j])
        a[i], a[m] = a[m], a[i]
    return a
def heapsort(a):
    a = a[:]
    n = len(a)
    def sift(i, n):
        while True:
            l, r, big = 2 * i + 1, 2 * i + 2, i
            if l < n and a[l] > a[big]:
                big = l
            if r < n and a[r] > a[big]:
                big = r
            if big == i:
                return
            a[i], a[big] = a[big], a[i]
            i = big
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    c = [0] * (hi - lo + 1)
    for x in a:
        c[x - lo] += 1
    out = []
    for i, n in enumerate(c):
        out.extend([i + lo] * n)
    return out
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
data = [rand() % 1000 - 500 for _ in range(200)]
ref = sorted(data)
for f in (insertion, selection, heapsort, counting):
    print(f.__name__, f(data) == ref, f([]) == [], f([1]) == [1])
print(ref[:10], ref[-5:])
pairs = [(rand() % 5, i) for i in range(30)]
st = sorted(pairs, key=lambda p: p[0])
print(all(st[i][1] < st[i + 1][1] for i in range(len(st) - 1) if st[i][0] == st[i + 1][0]))
print(math.isqrt(sum(x * x for x in data)))
