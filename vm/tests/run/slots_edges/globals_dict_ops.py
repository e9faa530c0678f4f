# globals() as a dict: writes, deletes, pop, setdefault, update, popitem.
a = 1
b = 2

def read_a():
    return a

def read_c():
    return c

print(read_a())
g = globals()
g["a"] = 10
print(read_a(), a)
g["c"] = "new"
print(read_c(), c)
print(g.pop("c"))
try:
    read_c()
except NameError as e:
    print("NameError:", e)
print(g.pop("c", "default"))
try:
    g.pop("c")
except KeyError as e:
    print("KeyError:", e)

print(g.setdefault("a", 99), g.setdefault("d", 44), d)
def read_d():
    return d
print(read_d())
g.update({"d": 45, "e": 46})
g.update(f=47)
print(read_d(), e, f)
g.update([("e", 50)])
print(e)

# popitem removes the most recently inserted key
g["last_one"] = "L"
k, v = g.popitem()
print(k, v, "last_one" in g)

# get / in / keys / values / items
print(g.get("a"), g.get("zz"), g.get("zz", 0))
print("a" in g, "zz" in g, "a" in g.keys())
print(g["b"] == b)
items = dict(g.items())
print(items["a"], items["d"])
print(10 in list(g.values()))

# missing key raises KeyError
try:
    g["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del g["zz"]
except KeyError as e:
    print("KeyError:", e)

# copies are detached
snap = g.copy()
snap2 = dict(g)
a = 1000
print(snap["a"], snap2["a"], g["a"])
snap["brand"] = 1
print("brand" in g)
print(g is globals(), type(g).__name__)

# globals() == dict(globals()) and len
print(globals() == dict(globals()))
n = len(globals())
h = 1
print(len(globals()) - n)
del h
print(len(globals()) - n)

# the same key deleted via del statement and re-set via dict
del a
print("a" in g)
try:
    read_a()
except NameError as e:
    print("NameError:", e)
g["a"] = "back"
print(read_a())

# setdefault on a deleted global re-creates it
del b
print(g.setdefault("b", "sd"), b)

# update with a dict returned from a function
def make():
    return {"a": "A2", "b": "B2"}
g.update(make())
print(a, b, read_a())

# values seen through a fresh globals() call after local-name writes
def writer():
    global b
    b = "from writer"
print(globals()["b"])
writer()
print(globals()["b"], g["b"])

# dict protocol through other routes
print(isinstance(g, dict), type(g) is dict)
dict.__setitem__(g, "via_unbound", 1)
print(via_unbound, dict.get(g, "via_unbound"), dict.__contains__(g, "b"))
dict.update(g, {"via_unbound": 2})
print(via_unbound)
m = {**g}
print(m["via_unbound"], m == g, len(m) == len(g))
m2 = dict(g, extra_kw=1)
print(m2["extra_kw"], "extra_kw" in g)
print(sorted(g.keys() & {"a", "b", "nope"}), ("b", "B2") in g.items(), ("b", 0) in g.items())
keys_view = g.keys()
late_key = 1
print("late_key" in keys_view, len(keys_view) == len(g))
print("%(a)s/%(b)s" % g, "{a}".format(**g))
g |= {"merged": "M"}
print(merged)

# mutation during iteration raises like a dict
it = None
it = iter(g)
next(it)
g["added_during"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in globals():
        globals()["zz_" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)

# many globals: growth, linked readers, deletes, order
def grow(n):
    for i in range(n):
        globals()["v%d" % i] = i
grow(600)
exec("def sumv():\n    return v0 + v299 + v599\n", globals())
print(sumv(), v123, len([k for k in g if k[:1] == "v" and k[1:].isdigit()]))
for i in range(0, 600, 2):
    del g["v%d" % i]
try:
    sumv()
except NameError as e:
    print("NameError:", e)
v0 = 1000
print(sumv(), list(g)[-2:])
grow(4)
print(sumv(), list(g)[-4:])
