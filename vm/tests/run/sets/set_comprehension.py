# Set comprehensions and set algorithms with small ints.
print({x % 5 for x in range(20)})
print(sorted({x * x for x in range(-3, 4)}), {x * x for x in range(3)})
print(sorted({c for c in "hello world" if c != " "}))
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(sorted(primes))
seen = set()
dups = []
for x in [1, 4, 2, 4, 1, 5, 9, 2]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
def unique_in_order(seq):
    s = set()
    out = []
    for x in seq:
        if x not in s:
            s.add(x)
            out.append(x)
    return out
print(unique_in_order([3, 1, 3, 2, 1, 5]), unique_in_order("mississippi"))
a = {i for i in range(8) if i % 2}
b = {i for i in range(8) if i % 3 == 1}
print(a, b, a & b, a | b, a - b, a ^ b)
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(len({i // 3 for i in range(30)}))
