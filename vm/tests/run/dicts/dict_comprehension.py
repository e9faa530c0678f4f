# dict comprehensions and dict-building patterns.
sq = {x: x * x for x in range(6)}
print(sq)
ev = {k: v for k, v in sq.items() if v % 2 == 0}
print(ev)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print({c: "abcabc".count(c) for c in "abc"})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words})
print({len(w): w for w in words})
nested = {k: {j: k * j for j in range(3)} for k in range(1, 3)}
print(nested, nested[2][2])
print(dict(enumerate("xyz")), {i: c for i, c in enumerate("xyz", start=10)})
x = 10
print({x: x for x in range(3)}, x)
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)), {k: v for k, v in zip(keys, vals) if v != 2})
print({i % 3: i for i in range(10)})
