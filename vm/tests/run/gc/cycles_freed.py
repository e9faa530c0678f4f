# Cycles through every kind of container are found: collect() counts at
# least the objects each garbage cycle is made of (CPython also counts
# objects nsvm does not have, such as frames, so only lower bounds are
# printed). Automatic collection is off so that each collect() sees all.
import gc
import sys

gc.disable()
gc.collect()
K = 20


def show(kind, per_cycle):
    n = gc.collect()
    print(kind, n >= K * per_cycle)


class C:
    def m(self):
        return self


for i in range(K):
    l = [i]
    l.append(l)
del l
show("list", 1)

for i in range(K):
    d = {"i": i}
    d["d"] = d
del d
show("dict", 1)

for i in range(K):
    a = []
    b = {"a": a}
    a.append(b)
del a, b
show("list-dict", 2)

for i in range(K):
    c = C()
    s = {c}
    c.s = s
del c, s
show("set", 2)

for i in range(K):
    l = []
    t = (l, i)
    l.append(t)
del l, t
show("tuple", 2)

for i in range(K):
    c = C()
    c.me = c
del c
show("instance", 1)

for i in range(K):
    c1 = C()
    c2 = C()
    c1.other = c2
    c2.other = c1
del c1, c2
show("instance-pair", 2)

for i in range(K):
    c = C()
    c.bound = c.m
del c
show("bound-method", 2)


def make_closure():
    def f():
        return f

    return f


for i in range(K):
    f = make_closure()
del f
show("closure-cell", 2)


def make_pair():
    x = None

    def g():
        return x

    x = [g]
    return g


for i in range(K):
    g = make_pair()
del g
show("cell-list", 3)

src = compile("def f():\n    return 1\n", "<src>", "exec")
for i in range(K):
    ns = {}
    exec(src, ns)
del ns
show("exec-function", 2)


def gen():
    me = yield 0
    yield me


for i in range(K):
    g = gen()
    next(g)
    g.send(g)
del g
# CPython closes such generators (their finalizer) before it counts, which
# frees them uncounted: only that the collection runs is compared here
# (nsvm's count is checked in vm/src/embed.rs's tests).
gc.collect()
print("generator-frame")


def gen_local():
    box = []
    box.append(box)
    yield box
    yield 2


for i in range(K):
    g = gen_local()
    b = next(g)
    b.append(g)
del g, b
show("generator-local", 2)

for i in range(K):

    class Local:
        pass

del Local
show("class", 1)

for i in range(K):

    class WithMethod:
        def m(self):
            return WithMethod

    WithMethod.inst = WithMethod()
del WithMethod
show("class-instance", 2)

for i in range(K):
    l = []
    it = iter(l)
    l.append(it)
del l, it
show("list-iterator", 2)

for i in range(K):
    d = {}
    d["keys"] = d.keys()
del d
show("dict-view", 2)

for i in range(K):
    e = ValueError("x")
    e.me = e
del e
show("exception", 1)

for i in range(K):
    d = {}
    d["it"] = iter(d.items())
del d
show("dict-iterator", 2)

for i in range(K):
    l = []
    l.append(map(len, [l]))
del l
show("map-iterator", 2)

import gc_cycle_mod

m = gc_cycle_mod
m.me = m
del sys.modules["gc_cycle_mod"], m, gc_cycle_mod
n = gc.collect()
print("module", n >= 2)

print(gc.collect())
gc.enable()
