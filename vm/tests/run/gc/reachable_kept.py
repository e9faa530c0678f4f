# What is still reachable survives collections: cycles held by globals,
# locals of running frames, suspended generators, closures, classes and
# instances keep their contents, whatever triggers the collection
# (explicitly, or automatically with threshold 1, so that a collection runs
# at nearly every allocation).
import gc

gc.set_threshold(1)


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
        self.prev = None


def ring(n):
    first = Node(0)
    cur = first
    for i in range(1, n):
        nxt = Node(i)
        cur.next = nxt
        nxt.prev = cur
        cur = nxt
    cur.next = first
    first.prev = cur
    gc.collect()
    return first


r = ring(50)
gc.collect()
total = 0
cur = r
for i in range(50):
    total += cur.v
    cur = cur.next
print("ring", total, cur is r, r.prev.v)


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    inc.me = inc
    return inc


inc = counter()
for i in range(5):
    gc.collect()
    inc()
print("closure", inc(), inc.me is inc)


def walk(tree):
    if isinstance(tree, list):
        for t in tree:
            yield from walk(t)
    else:
        gc.collect()
        yield tree


tree = [1, [2, [3, [4, 5]], 6], [[7]], 8]
tree.append(tree[1])
print("walk", list(walk(tree)))


def fib():
    a, b = 0, 1
    me = yield
    while True:
        gc.collect()
        yield a, me is g
        a, b = b, a + b


g = fib()
next(g)
first = g.send(g)
print("gen", first, [next(g)[0] for i in range(10)])


class Tree:
    registry = {}

    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent:
            parent.children.append(self)
        Tree.registry[name] = self

    def path(self):
        return self.name if self.parent is None else self.parent.path() + "/" + self.name


root = Tree("root")
for i in range(10):
    n = Tree("n%d" % i, root)
    for j in range(3):
        Tree("l%d%d" % (i, j), n)
del n
gc.collect()
print("tree", len(Tree.registry), Tree.registry["l92"].path(), len(root.children[3].children))


def deep(k, acc):
    acc.append(acc)
    if k == 0:
        gc.collect()
        return len(acc)
    return deep(k - 1, acc)


print("deep", deep(30, []))

d = {}
for i in range(200):
    d[i] = [d, i, {"k": (d, i)}]
gc.collect()
print("dict", sum(v[1] for v in d.values()), d[150][2]["k"][0] is d)

try:
    raise KeyError("boom")
except KeyError as e:
    err = e
    err.self = err
gc.collect()
print("exc", repr(err), err.self is err)

s = set()
objs = [Node(i) for i in range(20)]
for o in objs:
    o.s = s
    s.add(o)
del objs
gc.collect()
print("set", sorted(o.v for o in s))

words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
pairs = sorted(((v, k) for k, v in counts.items()), reverse=True)
print("pairs", pairs[:3])
print("comp", [x * y for x in range(4) for y in range(3) if (x + y) % 2], {k: [k] * 2 for k in "ab"})
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
