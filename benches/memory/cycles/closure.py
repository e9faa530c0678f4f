# N closures that reference themselves (function -> cell -> function).
import sys


def make():
    def f():
        return f

    return f


n = int(sys.argv[1])
for i in range(n):
    f = make()
print("closure", n, f() is f)
