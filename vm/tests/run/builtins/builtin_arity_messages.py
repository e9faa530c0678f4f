# Wrong argument counts for built-ins that take exactly one argument
# (METH_O) or none after self (METH_NOARGS): CPython's messages name the
# function as it is reached (`math.sqrt`, `str.join`, `frozenset.copy`), and
# a call with extra arguments fails before it changes anything.
import math
import sys


def t(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except TypeError as e:
        print(name, 'TypeError:', e)


for f in [ascii, all, any, id, hash, callable, ord, hex, oct, bin, reversed]:
    t(f.__name__ + '()', lambda: f())
    t(f.__name__ + '(1, 2)', lambda: f(1, 2))
t('getattr 4', lambda: getattr(1, 'real', 2, 3))
t('getattr 1', lambda: getattr(1))

t('sys.setrecursionlimit()', lambda: sys.setrecursionlimit())
t('sys.setrecursionlimit(1, 2)', lambda: sys.setrecursionlimit(100, 2))
t('sys.intern()', lambda: sys.intern())
t('sys.intern(2)', lambda: sys.intern('a', 'b'))
t('sys.get_int_max_str_digits(1)', lambda: sys.get_int_max_str_digits(1))
print(sys.getrecursionlimit() >= 100)

for name in ['sqrt', 'exp', 'sin', 'fabs', 'log2', 'isnan', 'degrees', 'tanh', 'floor', 'ceil', 'trunc', 'isqrt', 'factorial', 'fsum', 'modf', 'frexp']:
    f = getattr(math, name)
    t('math.' + name + '()', lambda: f())
    t('math.' + name + '(1, 2)', lambda: f(1, 2))
t('math.log()', lambda: math.log())
t('math.log(1, 2, 3)', lambda: math.log(1, 2, 3))
t('math.log(8, 2)', lambda: math.log(8, 2))
t('math.prod()', lambda: math.prod())
t('math.prod([2], 3)', lambda: math.prod([2], 3))
t('math.prod([2], 3, 4)', lambda: math.prod([2], 3, 4))
t('math.prod([2, 3])', lambda: math.prod([2, 3]))

s = 'Ab1'
for name in ['join', 'zfill', 'partition', 'rpartition', 'removeprefix', 'removesuffix']:
    m = getattr(s, name)
    t('str.' + name + '()', lambda: m())
    t('str.' + name + '(1, 2)', lambda: m('x', 'y'))
for name in ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'isidentifier']:
    m = getattr(s, name)
    t('str.' + name + '(1)', lambda: m(1))
    t('str.' + name + '()', lambda: m())
t('str.casefold unbound', lambda: str.casefold())
t('str.isnumeric unbound', lambda: str.isnumeric())

xs = [3, 1, 2]
t('list.extend()', lambda: xs.extend())
for name in ['reverse', 'copy', 'clear']:
    m = getattr(xs, name)
    t('list.' + name + '(1)', lambda: m(1))
print(xs)

d = {1: 2}
for name in ['keys', 'values', 'items', 'popitem', 'clear', 'copy']:
    m = getattr(d, name)
    t('dict.' + name + '(1)', lambda: m(1))
print(d)

st = {1, 2}
fs = frozenset({1, 2})
for name in ['add', 'remove', 'discard', 'symmetric_difference_update']:
    m = getattr(st, name)
    t('set.' + name + '()', lambda: m())
    t('set.' + name + '(1, 2)', lambda: m(1, 2))
for name in ['symmetric_difference', 'issubset', 'issuperset', 'isdisjoint']:
    for o in [st, fs]:
        m = getattr(o, name)
        t(type(o).__name__ + '.' + name + '()', lambda: m())
        t(type(o).__name__ + '.' + name + '(1, 2)', lambda: m({1}, {2}))
for name in ['pop', 'clear', 'copy']:
    m = getattr(st, name)
    t('set.' + name + '(1)', lambda: m(1))
t('frozenset.copy(1)', lambda: fs.copy(1))
print(sorted(st), sorted(fs))

t('int.bit_length(1)', lambda: (5).bit_length(1))
t('int.conjugate(1)', lambda: (5).conjugate(1))
t('float.is_integer(1)', lambda: (2.5).is_integer(1))
t('float.conjugate(1)', lambda: (2.5).conjugate(1))
print((5).bit_length(), (5).conjugate(), (2.0).is_integer(), (2.5).conjugate())
