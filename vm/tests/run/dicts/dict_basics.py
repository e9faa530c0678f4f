# dict creation, order, access, update, deletion.
d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"], "one" in d, "four" not in d, 1 in d)
d["four"] = 4
d["one"] = 100
print(d)
del d["two"]
print(d, list(d))
d["two"] = 2
print(d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
print(dict(zip("abc", range(3))), dict([[1, 2], (3, 4)]), dict({}.items()))
e = {}
e[1] = "int"
e[1.0] = "float replaces value"
e[True] = "bool too"
print(e)
e[(1, 2)] = "tuple"
e[None] = "none"
e[""] = "empty"
e[-0.0] = "zero"
print(e)
print(e[0], e[(1, 2)], e[None])
m = {"b": 1, "a": 2}
m2 = {"a": 2, "b": 1}
print(m == m2, m != m2, list(m) == list(m2), {} == dict(), {1: 2} == {1: 2.0})
for k in d:
    print(k, d[k])
x = {"k": [1]}
y = x.copy()
y["k"].append(2)
y["new"] = 0
print(x, y)
print(len({}), bool({}), bool({0: 0}))
keys = ["c", "a", "b"]
z = {}
for k in keys:
    z[k] = len(z)
print(z, sorted(z), sorted(z.items(), key=lambda kv: kv[1], reverse=True))
z.pop("a")
z["a"] = 9
print(z)
print({**z, "c": -1, **{"d": 4}})
print({1: "a", **{1: "b"}}, {**{}, **{}})
