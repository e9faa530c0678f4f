# dict methods: get, pop, setdefault, update, keys/values/items, popitem, clear, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.pop("a"), d, d.pop("z", "dflt"), d.pop("z", None))
print(d.setdefault("b", 99), d.setdefault("c", 3), d.setdefault("n"), d)
d.update({"d": 4, "b": 20})
d.update([("e", 5)])
d.update(f=6, b=200)
print(d)
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print("b" in d.keys(), 200 in d.values(), ("b", 200) in d.items(), ("b", 1) in d.items())
print(len(d.keys()), len(d.items()), sorted(d.values(), key=lambda v: (v is None, v or 0)))
ks = d.keys()
d["g"] = 7
print(list(ks))
print(d.popitem(), d.popitem(), d)
c = d.copy()
d.clear()
print(d, c)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
for k, v in sorted(groups.items()):
    print(k, len(v), v)
print(list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1}.items())))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {}.pop("missing")
except KeyError as e:
    print("KeyError:", e)
