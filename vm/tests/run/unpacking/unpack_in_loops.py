# Unpacking in for loops, comprehensions, and function returns.
data = [("alice", (90, 85)), ("bob", (70, 95)), ("cy", (88, 88))]
for name, (s1, s2) in data:
    print(f"{name:6} {s1 + s2:4} {max(s1, s2)}")
print([name for name, (a, b) in data if a > b])
print({name: a - b for name, (a, b) in data})
triples = [(1, 2, 3), (4, 5, 6)]
for a, *rest in triples:
    print(a, rest)
for i, (a, b, c) in enumerate(triples, 1):
    print(i, a * b * c)
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([3, 9, 6])
print(lo, hi, mean)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
