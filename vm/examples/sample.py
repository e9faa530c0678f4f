# A small sample program: globals, closures, generators, classes and exceptions.
import sys

LIMIT = 30


def primes(limit):
    sieve = [True] * (limit + 1)
    for n in range(2, limit + 1):
        if sieve[n]:
            yield n
            for m in range(n * n, limit + 1, n):
                sieve[m] = False


def counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count

    return bump


bump = counter()
for p in primes(LIMIT):
    bump(p)
print("primes below", LIMIT, "sum to", bump(0))
print("2**100 =", 2**100)
print(f"{1/3:.6f} {0.1 + 0.2!r} {[x * x for x in range(5)]}")
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
print("argv:", sys.argv[1:])
