"""Per-operation cost of attribute access, in one process, interleaved:
ten operations per loop iteration, minus the bare loop, over the median of
rounds. Prints one line per operation: nanoseconds per operation, and the
ratio to a local load. Run it under each interpreter side by side:

    for c in "target/release/nsvm -X namespaces=slots" "target/release/nsvm -X namespaces=dict" python3; do $c benches/scripts/attr_ops.py; done
"""
import sys
import time


class Base:
    def m(self, x):
        return x


class P(Base):
    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3

    def m(self, x):
        return x

    def sup(self, x):
        return super().m(x)

    def explicit(self, x):
        return Base.m(self, x)

    @property
    def prop(self):
        return 1

    def __getitem__(self, k):
        return k


def empty(o, n):
    for i in range(n):
        pass


def local_load(o, n):
    l = 1
    for i in range(n):
        l; l; l; l; l; l; l; l; l; l


def attr_load(o, n):
    for i in range(n):
        o.x; o.x; o.x; o.x; o.x; o.x; o.x; o.x; o.x; o.x


def attr_store(o, n):
    for i in range(n):
        o.x = i; o.x = i; o.x = i; o.x = i; o.x = i; o.x = i; o.x = i; o.x = i; o.x = i; o.x = i


def method_call(o, n):
    for i in range(n):
        o.m(i); o.m(i); o.m(i); o.m(i); o.m(i); o.m(i); o.m(i); o.m(i); o.m(i); o.m(i)


def super_call(o, n):
    for i in range(n):
        o.sup(i); o.sup(i); o.sup(i); o.sup(i); o.sup(i); o.sup(i); o.sup(i); o.sup(i); o.sup(i); o.sup(i)


def explicit_base_call(o, n):
    for i in range(n):
        o.explicit(i); o.explicit(i); o.explicit(i); o.explicit(i); o.explicit(i); o.explicit(i); o.explicit(i); o.explicit(i); o.explicit(i); o.explicit(i)


def property_read(o, n):
    for i in range(n):
        o.prop; o.prop; o.prop; o.prop; o.prop; o.prop; o.prop; o.prop; o.prop; o.prop


def getitem_tuple(o, n):
    for i in range(n):
        o[i, 1]; o[i, 1]; o[i, 1]; o[i, 1]; o[i, 1]; o[i, 1]; o[i, 1]; o[i, 1]; o[i, 1]; o[i, 1]


OPS = [local_load, attr_load, attr_store, method_call, super_call, explicit_base_call, property_read, getitem_tuple]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    o = P()
    times = {f.__name__: [] for f in [empty] + OPS}
    for r in range(rounds):
        for f in [empty] + OPS:
            t0 = time.perf_counter()
            f(o, n)
            times[f.__name__].append(time.perf_counter() - t0)
    med = {k: sorted(v)[len(v) // 2] for k, v in times.items()}
    base = med["empty"]
    per = {k: (med[k] - base) / (10 * n) * 1e9 for k in med if k != "empty"}
    for f in OPS:
        k = f.__name__
        print("%-20s %8.1f ns  %6.2f x local" % (k, per[k], per[k] / per["local_load"]))


main()
