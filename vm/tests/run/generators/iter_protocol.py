# iter() and next() on builtin iterables; iterators are exhausted once.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(3))
print(list(r))
t = iter((4, 5))
print(next(t), list(t))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
e = enumerate("xyz")
print(next(e), next(e), list(e))
m = map(abs, [-1, -2])
print(list(m), list(m))
f = filter(None, [0, 1, "", "a", None, []])
print(list(f))
rv = reversed([1, 2, 3])
print(next(rv), list(rv))
i1 = iter([10, 20])
i2 = iter(i1)
print(i1 is i2, next(i2), next(i1))
def consume(iterable):
    total = 0
    for v in iterable:
        total += v
    return total
shared = iter(range(10))
print(consume(zip(shared, shared)) if False else [p for p in zip(shared, shared)])
try:
    next(iter([]))
except StopIteration:
    print("StopIteration from empty iterator")
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
