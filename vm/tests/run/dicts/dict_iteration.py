# Iterating dicts: order after deletion/reinsertion, views, sorted views.
d = {}
for i, k in enumerate(["z", "y", "x", "w"]):
    d[k] = i
print(list(d), list(d.values()))
del d["y"]
d["y"] = 99
print(list(d.items()))
d["z"] = -1
print(list(d.items()))
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
for k in sorted(d):
    print(k, end=",")
print()
for v in sorted(d.values()):
    print(v, end=";")
print()
total = 0
for k in d.keys():
    total += d[k]
print(total, sum(d.values()), max(d), min(d, key=d.get), max(d.items(), key=lambda kv: kv[1]))
it = iter(d)
print(next(it), next(it))
items = list(d.items())
items.sort(key=lambda kv: kv[1])
print(items)
big = {i: str(i) for i in range(100)}
for i in range(0, 100, 3):
    del big[i]
print(len(big), list(big)[:10], list(big)[-3:])
for i in range(0, 100, 3):
    big[i] = "re"
print(list(big)[-5:], big[99], big[0])
print(list(enumerate({"p": 1, "q": 2})))
print(list(zip({"a": 1, "b": 2}, {"c": 3, "d": 4}.values())))
