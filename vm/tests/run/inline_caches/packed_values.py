# Attribute values of every kind round-trip through an instance's inline
# storage (8-byte packed words under `slots`): ints at the edges of the
# inline range and beyond, floats including NaNs of both signs and -0.0,
# and every heap kind, stored, replaced, read back, moved to a dict and
# deleted; reference counts must not leak or free early.
import math


class C:
    pass


def sign(f):
    return math.copysign(1.0, f)


ints = [0, 1, -1, 2**45 - 1, 2**45, -2**45, -2**45 - 1, 2**62, -2**63, 2**63 - 1, 2**64, -2**100]
for i in ints:
    o = C()
    o.a = i
    o.b = i + 1
    o.c = -i
    print(i, o.a == i, o.b - 1 == i, o.c == -i, type(o.a).__name__)
    o.a = o.a + 0
    print(o.a, o.__dict__['a'] == i)

nan = float('nan')
neg_nan = -nan
inf = float('inf')
floats = [0.0, -0.0, 1.5, -2.25, inf, -inf, nan, neg_nan, inf - inf, 5e-324, 1.7976931348623157e308]
for f in floats:
    o = C()
    o.x = f
    o.y = [f]
    g = o.x
    print(repr(g), math.copysign(1.0, g), o.y[0] is g or g != g or o.y[0] == g)
    o.x = g * 1
    print(repr(o.x))

o = C()
kinds = [None, True, False, NotImplemented, Ellipsis, 'text', 'str2', [1, 2], (3, 4), {'k': 5},
         {6, 7}, frozenset({8}), range(3), slice(1, 2), len, C, print, math, lambda: 9, iter([10]), {}.keys(),
         (x for x in [11]), C(), 10**30, 3.5, -7]
for n, k in enumerate(kinds):
    setattr(o, 'a%d' % n, k)
for n, k in enumerate(kinds):
    got = getattr(o, 'a%d' % n)
    print(n, type(got).__name__, got is k or got == k)

# Replacing values of one kind with another, many times: the old value is
# released each time, the new one kept.
p = C()
p.v = 0
for r in range(2000):
    p.v = [r] if r % 3 == 0 else (r * 0.5 if r % 3 == 1 else 2**50 + r)
print(p.v, type(p.v).__name__)

# The dict view of the instance sees the same values, and writes through
# either side are seen by the other.
q = C()
q.a, q.b, q.c, q.d = 2**50, -0.0, 'x', [1]
d = q.__dict__
print(sorted(d.items(), key=lambda kv: kv[0]))
d['a'] += 1
q.b = neg_nan
print(q.a, d['b'] != d['b'], sign(d['b']) == sign(neg_nan))
del q.a
print(list(d))

# Objects kept only by an attribute stay alive, and go when replaced.
class Tracked:
    alive = 0
    def __init__(self):
        Tracked.alive += 1

holder = C()
holder.t = Tracked()
holder.u = Tracked()
print(Tracked.alive, type(holder.t).__name__, type(holder.u).__name__)
