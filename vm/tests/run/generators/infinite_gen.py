# Infinite generators consumed with break, zip, and next.
def naturals():
    n = 1
    while True:
        yield n
        n += 1
for n in naturals():
    if n * n > 50:
        print("first square over 50 from", n)
        break
print(list(zip("abc", naturals())))
def cycle(seq):
    while True:
        for x in seq:
            yield x
c = cycle([1, 2, 3])
print([next(c) for _ in range(7)])
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(6)), max(collatz(27)), len(list(collatz(97))))
def triangular():
    total = 0
    for n in naturals():
        total += n
        yield total
tri = triangular()
print([next(tri) for _ in range(10)])
def first_match(pred, gen):
    for x in gen:
        if pred(x):
            return x
print(first_match(lambda t: t > 1000, triangular()))
