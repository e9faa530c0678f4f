# Every built-in function and every method of the built-in types, called
# with 0 to 3 arguments drawn from a mix of values (huge ints, NaN, empty
# and non-empty containers, objects with __index__ and __eq__, types), and
# every operator over every pair of those values: whatever each call
# raises is caught, and the program must reach the end (no panic, no
# abort). Calls that would run for ever or exit are skipped.
class I:
    def __index__(self): return 2
class E:
    def __eq__(self, o): return True
    __hash__ = None
samples = [None, 0, -1, 2, 10**20, -10**20, 1.5, float('nan'), 'ab', '', [1, 2], (), (1, 'x'), {}, {1: 2}, {3}, frozenset(), range(3), slice(1, 2), I(), E(), object, int, len, True]
skip = {'round', 'int.__round__', 'float.__round__', 'pow', 'int.__pow__', 'int.__rpow__', 'math.factorial', 'math.comb', 'math.perm', 'int.__lshift__', 'int.__rlshift__', 'float.__pow__', 'float.__rpow__', 'math.pow', 'input', 'open', 'exit', 'quit', 'print', 'help', 'breakpoint', 'exec', 'eval', 'compile', '__import__', '__build_class__', 'setrecursionlimit', 'sleep', 'copyright', 'credits', 'license'}
import builtins
targets = []
for n in sorted(dir(builtins)):
    if n in skip or n.startswith('_') and n != '__import__': continue
    targets.append((n, getattr(builtins, n)))
for tname in ['str', 'list', 'tuple', 'dict', 'set', 'frozenset', 'int', 'float', 'range', 'slice', 'object', 'type', 'property', 'BaseException']:
    t = getattr(builtins, tname)
    for m in sorted(dir(t)):
        if m in ('__init_subclass__', '__subclasshook__', '__class__', '__doc__', '__new__', '__getattribute__', '__setattr__', '__delattr__', '__init__'): pass
        try:
            f = getattr(t, m)
        except Exception:
            continue
        if callable(f): targets.append((tname + '.' + m, f))
import math
for m in sorted(dir(math)):
    f = getattr(math, m)
    if callable(f): targets.append(('math.' + m, f))
def mk(i, n):
    out = []
    for j in range(n):
        out.append(samples[(i * 7 + j * 3) % len(samples)])
    return out
ncalls = 0
for name, f in targets:
    if name in skip: continue
    for n in range(0, 4):
        for i in range(len(samples)):
            a = mk(i, n)
            try:
                f(*a)
            except Exception:
                pass
            ncalls += 1
            if n == 0: break
print('done', ncalls > 0)

# ----- operators over pairs of values -----
class R:
    def __index__(self): return 10**30
class B:
    def __index__(self): return 'x'
def samples():
    return [None, 0, -1, 2, 7, 10**20, -10**20, 2**63, -2**63, 2**63-1, 1.5, -0.0, float('inf'), float('nan'), 'ab', '', 'é\t', [1, 2], [], (), (1, 'x'), {}, {1: 2}, {3}, frozenset([1]), range(3), range(-5, 50, 3), slice(1, 2), slice(None, None, -1), slice(10**20, -10**20, 2**63), I(), E(), R(), B(), object, int, len, True]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b, lambda a, b: a // b, lambda a, b: a % b,
       lambda a, b: a ** b if not (isinstance(b, int) and abs(b) > 1000) else 0, lambda a, b: a << b if not (isinstance(b, int) and b > 10000) else 0, lambda a, b: a >> b, lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b,
       lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a == b, lambda a, b: a != b, lambda a, b: a > b, lambda a, b: a >= b,
       lambda a, b: a in b, lambda a, b: a[b], lambda a, b: a.__setitem__(b, 1), lambda a, b: a.__delitem__(b),
       lambda a, b: divmod(a, b), lambda a, b: pow(a, b, 7) if not (isinstance(b, int) and abs(b) > 1000) else 0, lambda a, b: round(a, b) if not (isinstance(b, int) and abs(b) > 10**6) else 0,
       lambda a, b: format(a, b), lambda a, b: '%s%d' % (a, b), lambda a, b: str(a).center(b) if not isinstance(b, int) or b < 10**6 else 0, lambda a, b: isinstance(a, b), lambda a, b: a.__class__(b),
       lambda a, b: list(a)[b], lambda a, b: [a, b].sort(), lambda a, b: sorted([a, b]), lambda a, b: max(a, b), lambda a, b: min([a, b]), lambda a, b: hash((a, b)), lambda a, b: {a: b}, lambda a, b: {a, b},
       lambda a, b: repr([a, b]), lambda a, b: f'{a!r:>{b}}', lambda a, b: '{0[0]}'.format(a), lambda a, b: getattr(a, str(b)), lambda a, b: range(a, b), lambda a, b: slice(a, b).indices(5), lambda a, b: int(a, b), lambda a, b: str(a).split(str(b), 2),
      ]
n = 0
for i, op in enumerate(ops):
    xs = samples(); ys = samples()
    for a in xs:
        for b in ys:
            try:
                op(a, b)
            except Exception:
                pass
            n += 1
for a in samples():
    for u in (lambda a: -a, lambda a: +a, lambda a: ~a, lambda a: abs(a), lambda a: not a, lambda a: len(a), lambda a: iter(a), lambda a: list(a), lambda a: tuple(a), lambda a: set(a), lambda a: dict(a), lambda a: str(a), lambda a: repr(a), lambda a: int(a), lambda a: float(a), lambda a: bool(a), lambda a: hash(a), lambda a: sum(a), lambda a: sorted(a), lambda a: reversed(a), lambda a: enumerate(a), lambda a: chr(a), lambda a: hex(a), lambda a: bin(a), lambda a: oct(a), lambda a: [0][a:], lambda a: 'abc'[a::-1], lambda a: (1,2)[:a], lambda a: range(10)[a:a], lambda a: [1,2,3].pop(a), lambda a: [1].insert(a, 0), lambda a: 'x'.zfill(a) if not isinstance(a, int) or a < 10**6 else 0):
        try:
            u(a)
        except Exception:
            pass
        n += 1
print('done', n > 0)
