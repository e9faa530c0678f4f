# Generators reading globals that change between next() calls.
import builtins
real_len = builtins.len
scale = 1

def gen():
    for i in range(4):
        yield i * scale

g = gen()
print(next(g))
scale = 10
print(next(g))
scale = 100
print(next(g))
del scale
try:
    next(g)
except NameError as e:
    print("NameError:", e)
print(list(g))
scale = 2
print(list(gen()))

# generator reading a builtin that gets shadowed between next() calls
def lens(words):
    for w in words:
        yield len(w)

lg = lens(["a", "bb", "ccc", "dddd", "eeeee"])
print(next(lg))
len = lambda w: "shadow"
print(next(lg))
del len
print(next(lg))
builtins.len = lambda w: "builtin patched"
print(next(lg))
builtins.len = real_len
print(next(lg))

# generator that writes a global between yields
def writer():
    global produced
    for i in range(3):
        produced = i
        yield i
    del produced
    yield "deleted"

w = writer()
for v in w:
    print(v, globals().get("produced", "<none>"))

# generator expression reading a global at each step
factor = 3
ge = (factor * k for k in range(5))
print(next(ge), next(ge))
factor = -1
print(list(ge))

# the outermost iterable is evaluated once, at creation
src = [1, 2, 3]
ge2 = (x for x in src)
src = [9, 9]
print(list(ge2))

# generator created in exec'd code with its own namespace
ns = {"base": 1}
exec("def eg():\n    while True:\n        yield base\n", ns)
eg = ns["eg"]()
print(next(eg))
ns["base"] = 2
print(next(eg))
del ns["base"]
try:
    next(eg)
except NameError as e:
    print("NameError:", e)

# send() with a global changed by the caller
total = 0
def accum():
    while True:
        v = yield total
        if v is None:
            return
        add(v)
def add(v):
    global total
    total += v
a = accum()
print(next(a), a.send(5), a.send(7))
total = 100
print(a.send(1))
def add(v):
    global total
    total -= v
print(a.send(1), total)

# yield from a generator whose source global is rebound
items = ["a", "b"]
def inner():
    for x in items:
        yield x
def outer():
    yield from inner()
    yield from inner()
o = outer()
print(next(o), next(o))
items = ["Z"]
print(list(o))
