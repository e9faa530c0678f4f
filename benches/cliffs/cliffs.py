# "No cliffs" benchmark for attribute inline caches.
#
#     cliffs.py SCENARIO N
#
# Every scenario builds its object(s) differently, then runs the same hot loop
# with ONE attribute-load site (in run() or run4() below) N times and prints the
# total. A scenario should cost at most 1.5x `plain` (poly4: 1.5x `mono4`).
# Runs under CPython 3 and nsvm; imports nothing but sys.
import sys


def run(o, n):
    total = 0
    for i in range(n):
        total += o.x
    return total


def run41(o, n):
    total = 0
    for i in range(n):
        total += o.a40
    return total


def run4(objs, n):
    total = 0
    for i in range(n):
        total += objs[i & 3].x
    return total


class C:
    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3


class D:
    # sibling of C with the same __init__ layout (x, y, z)
    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3


class Big:
    def __init__(self):
        for k in range(41):
            setattr(self, 'a%d' % k, k)


class PA:
    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3


class PB:
    def __init__(self):
        self.x = 2
        self.y = 2
        self.z = 3


class PC:
    def __init__(self):
        self.x = 3
        self.y = 2
        self.z = 3


class PD:
    def __init__(self):
        self.x = 4
        self.y = 2
        self.z = 3


def s_empty(n):
    # same setup as plain, loop of 0 iterations: startup + setup only
    o = C()
    return run(o, 0)


def s_plain(n):
    o = C()
    return run(o, n)


def s_dict_read(n):
    o = C()
    d = o.__dict__
    total = run(o, n)
    return total + len(d)


def s_class_assigned(n):
    o = C()
    o.__class__ = D
    return run(o, n)


def s_attrs41(n):
    o = Big()
    return run41(o, n)


def s_dict_update(n):
    o = C()
    o.__dict__.update({'x': 1, 'w': 2})
    return run(o, n)


def s_del_readd(n):
    o = C()
    del o.x
    o.x = 5
    return run(o, n)


def s_modified_class(n):
    o = C()
    for k in range(2000):
        C.counter = k
    return run(o, n)


def s_poly4(n):
    objs = [PA(), PB(), PC(), PD()]
    return run4(objs, n)


def s_mono4(n):
    objs = [PA(), PA(), PA(), PA()]
    return run4(objs, n)


SCENARIOS = {
    'empty': s_empty,
    'plain': s_plain,
    'dict_read': s_dict_read,
    'class_assigned': s_class_assigned,
    'attrs41': s_attrs41,
    'dict_update': s_dict_update,
    'del_readd': s_del_readd,
    'modified_class': s_modified_class,
    'poly4': s_poly4,
    'mono4': s_mono4,
}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in SCENARIOS:
        print('usage: cliffs.py SCENARIO N; scenarios: ' + ' '.join(sorted(SCENARIOS)),
              file=sys.stderr)
        sys.exit(2)
    n = int(sys.argv[2])
    print(SCENARIOS[sys.argv[1]](n))


main()
