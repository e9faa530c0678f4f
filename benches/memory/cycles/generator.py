# N suspended generators whose frame holds the generator itself.
import sys


def gen():
    me = yield 0
    yield me


n = int(sys.argv[1])
for i in range(n):
    g = gen()
    next(g)
    g.send(g)
print("generator", n)
