# The resume paths of a generator: `for` (the loop's own resume), `next()`,
# `send`, `throw` and `close`, the built-ins that iterate (sum, list, any,
# min, sorted, str.join), a yield whose value is unused (resumed with None
# it skips the discarded value) next to one whose value is used, exceptions
# being handled across a yield, and the collector running while a
# generator runs.
import gc

def counter(n):
    for i in range(n):
        yield i            # value unused: resumed with None

def echo():
    got = []
    while True:
        x = yield len(got)  # value used
        if x is None:
            break
        got.append(x)
    return got

print([x for x in counter(5)])
print(sum(counter(100)), sum(i * i for i in range(10)))
print(list(counter(3)), any(x > 2 for x in counter(5)), min(x for x in counter(4)))
print(sorted(counter(4), reverse=True), "-".join(str(x) for x in counter(4)))

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)

# next() on a generator whose yield value is unused, then send() to it.
c = counter(3)
print(next(c), c.send("ignored"), next(c))
print(next(c, "done"))

# throw() at a yield whose value is unused: raised there, caught inside.
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as ex:
            print("caught", ex)
            yield "after"

g = catcher()
print(next(g), g.throw(ValueError("v1")), next(g), g.throw(ValueError("v2")))
g.close()
print("closed")

# An exception being handled while the generator yields: restored on resume.
def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        try:
            raise
        except KeyError as again:
            print("still handling", repr(again))
        yield 2
    try:
        raise
    except RuntimeError as none:
        print("handled:", none)

h = in_handler()
print(next(h))
try:
    raise TypeError("outer")
except TypeError:
    print(next(h))
print(list(h))

# StopIteration raised inside a generator becomes RuntimeError.
def stopper():
    yield 1
    raise StopIteration("inner")

s = stopper()
print(next(s))
try:
    next(s)
except RuntimeError as ex:
    print("RuntimeError:", ex, type(ex.__cause__).__name__)
print(next(s, "finished"))

# A generator that raises: for-loop sees the error, the generator is done.
def boom():
    yield 1
    raise ValueError("boom")

try:
    for x in boom():
        print("got", x)
except ValueError as ex:
    print("ValueError:", ex)

# Already executing.
def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as ex:
    print("ValueError:", ex)

# The collector runs while generators run (and hold cycles).
class Node:
    pass

def churn(n):
    for i in range(n):
        a = Node()
        a.self = a
        if i % 50 == 0:
            gc.collect()
        yield i

print(sum(churn(300)))

def nested(n):
    yield from counter(n)
    yield from (x * 10 for x in counter(n))

print(list(nested(3)))

# A generator holding itself (through its frame) is collected once dropped.
def holder():
    me2 = yield
    yield me2

hg = holder()
next(hg)
print(hg.send(hg) is hg)
del hg
print(gc.collect() >= 0)

# Deep recursion through generators still raises RecursionError.
def deep(n):
    if n == 0:
        yield 0
    else:
        yield from deep(n - 1)

try:
    print(next(deep(50)))
    next(deep(100000))
except RecursionError:
    print("RecursionError")
