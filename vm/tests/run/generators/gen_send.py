# Generator send(), close() and throw() on simple generators.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send(None))
def averager():
    total = 0
    n = 0
    avg = None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
def closable():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closable()
print(next(c))
c.close()
print("closed")
c.close()
try:
    next(c)
except StopIteration:
    print("StopIteration after close")
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
t = catcher()
print(next(t))
print(t.throw(ValueError("boom")))
print(next(t))
g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print("TypeError:", e)
