# Generator pipelines: lazy transformations composed together.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(6, squares(evens(numbers())))))
def running_sum(src):
    total = 0
    for x in src:
        total += x
        yield total
print(list(running_sum(range(1, 8))))
def pairwise(src):
    it = iter(src)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(pairwise("abcd")), list(pairwise([])))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)))
def words(lines):
    for line in lines:
        for w in line.split():
            yield w.strip(".,").lower()
text = ["The cat sat.", "On the mat, the end."]
print(list(words(text)))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(15, primes())))
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
        except StopIteration:
            yield from ib
            return
        try:
            yield next(ib)
        except StopIteration:
            yield from ia
            return
print(list(interleave([1, 2, 3, 4], "ab")), list(interleave("", [7])))
