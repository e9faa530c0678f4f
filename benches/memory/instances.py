# Bytes per instance: `instances.py N with` builds N instances of a class
# with three int attributes (the same small ints, so no interpreter
# allocates an int object) and holds them in a list; `instances.py N none`
# is the same program without them. The peak RSS difference over N is the
# cost of one instance, the list's slot included (see bytes_per_instance.py).
import sys


class P:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c


def build(n):
    return [P(1, 2, 3) for i in range(n)]


n = int(sys.argv[1])
if sys.argv[2] == "with":
    objs = build(n)
    print(len(objs), objs[n - 1].a + objs[0].c)
else:
    print(n, 4)
