# Nested comprehensions: matrices, flattening, cartesian products, primes.
n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in identity:
    print(row)
mat = [[i * n + j for j in range(n)] for i in range(n)]
print([[mat[j][i] for j in range(n)] for i in range(n)])
print([x for row in mat for x in row if x % 3 == 0])
print([[x for x in row if x % 2] for row in mat])
primes = [p for p in range(2, 60) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes)
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print({k: [v for v in range(k)] for k in range(4)})
print([{c: i for i, c in enumerate(w)} for w in ["ab", "xyz"]])
print(sorted({(a, b) for a in range(3) for b in range(3) if (a + b) % 2}))
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join(str(v) for v in row).center(25))
