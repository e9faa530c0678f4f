# Special-method protocols driven by hostile classes: __format__ in
# f-strings, __int__/__float__/__index__ returning the wrong type,
# __index__ as list indexes, list.__delitem__, math.ldexp,
# str.splitlines arguments, sys.setrecursionlimit.
import math
import sys

def t(name, f):
    try:
        r = f()
        print(name, 'ok', repr(r))
    except BaseException as e:
        print(name, type(e).__name__, e)

class F:
    def __format__(self, spec):
        return '<F:' + spec + '>'
class BadF:
    def __format__(self, spec):
        return 42
S = 'x'
FL = 1.0
class Plain:
    pass
F.__repr__ = lambda self: 'Frepr'
t('fstr_format', lambda: f'{F()}|{F():>10}|{F()!r:>6}|{F()!s:3}')
t('fstr_format_nested', lambda: f'{F():{"x"}{3}}')
t('format_builtin', lambda: format(F(), 'abc'))
t('str_format', lambda: '{0:zz} {0}'.format(F()))
t('fstr_bad_format', lambda: f'{BadF()}')
t('format_bad', lambda: format(BadF()))
t('fstr_plain_spec', lambda: f'{Plain():>5}')
t('fstr_plain', lambda: len(f'{Plain()}') > 0)
t('format_spec_type', lambda: format(F(), 5))

class I:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
class Fl:
    def __init__(self, v): self.v = v
    def __float__(self): return self.v
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class IntSub(int):
    pass
class FloatSub(float):
    pass
t('int_good', lambda: int(I(5)))
t('int_bad', lambda: int(I('5')))
t('int_bad_float', lambda: int(I(5.0)))
t('int_none', lambda: int(I(None)))
t('float_good', lambda: float(Fl(2.5)))
t('float_bad', lambda: float(Fl(2)))
t('float_bad_str', lambda: float(Fl('2.5')))
t('float_index', lambda: float(Ix(3)))
t('float_index_bad', lambda: float(Ix(3.0)))
t('index_good', lambda: [1, 2, 3][Ix(1)])
t('index_bad', lambda: [1, 2, 3][Ix('1')])
t('index_bad_float', lambda: [1, 2, 3][Ix(1.0)])
t('index_hex', lambda: hex(Ix(255)))
t('index_hex_bad', lambda: hex(Ix(2.5)))
t('index_bin_bad', lambda: bin(Ix('x')))
t('operator_index', lambda: range(Ix(3)))
t('range_bad', lambda: range(Ix(3.0)))
t('int_from_index', lambda: int(Ix(7)))
t('int_from_index_bad', lambda: int(Ix(7.5)))
t('math_floor_float', lambda: math.floor(Fl(2.5)))
t('math_sqrt_bad', lambda: math.sqrt(Fl('x')))
t('round_index', lambda: round(1.2345, Ix(2)))
t('round_index_bad', lambda: round(1.2345, Ix(2.0)))
t('chr_index', lambda: chr(Ix(65)))
t('str_mul_index', lambda: 'ab' * Ix(2))
t('str_mul_bad', lambda: 'ab' * Ix('2'))
t('list_mul_index', lambda: [0] * Ix(3))
t('slice_index', lambda: [1, 2, 3, 4][Ix(1):Ix(3)])
t('slice_bad', lambda: [1, 2, 3, 4][Ix(1.0):])
t('tuple_index', lambda: (1, 2, 3)[Ix(-1)])
t('str_index', lambda: 'abc'[Ix(2)])
t('range_index', lambda: range(10)[Ix(4)])

def setitem_ix():
    l = [1, 2, 3]
    l[Ix(0)] = 'a'
    l[Ix(-1)] = 'c'
    return l
t('list_setitem_index', setitem_ix)
def setitem_ix_bad():
    l = [1, 2, 3]
    l[Ix(1.5)] = 'a'
t('list_setitem_index_bad', setitem_ix_bad)
def setitem_ix_range():
    l = [1, 2, 3]
    l[Ix(5)] = 'a'
t('list_setitem_index_range', setitem_ix_range)
def delitem_ix():
    l = [1, 2, 3]
    del l[Ix(1)]
    return l
t('list_delitem_index', delitem_ix)
def setitem_big():
    l = [1]
    l[Ix(2**100)] = 0
t('list_setitem_big', setitem_big)
t('list_getitem_big', lambda: [1][Ix(-2**100)])
t('list_getitem_bool', lambda: [1, 2][True])
def aug_ix():
    l = [1, 2, 3]
    l[Ix(1)] += 10
    return l
t('list_aug_index', aug_ix)
def sl_assign_ix():
    l = [1, 2, 3, 4]
    l[Ix(1):Ix(3)] = ['x']
    return l
t('list_slice_assign_index', sl_assign_ix)
def delitem_direct():
    l = [1, 2, 3, 4, 5]
    list.__delitem__(l, 0)
    l.__delitem__(-1)
    l.__delitem__(slice(0, 1))
    return l
t('list_delitem_method', delitem_direct)
t('list_delitem_oob', lambda: [1].__delitem__(5))
t('list_delitem_bad', lambda: [1].__delitem__('a'))
t('list_delitem_float', lambda: [1].__delitem__(0.0))
t('list_delitem_noarg', lambda: [1].__delitem__())
t('list_getitem_method', lambda: [1, 2].__getitem__(Ix(1)))
t('list_setitem_method', lambda: [1, 2].__setitem__(Ix(1), 3))
t('list_getitem_str', lambda: [1, 2][S])
t('list_setitem_str', lambda: [1, 2].__setitem__('x', 1))
t('tuple_getitem_str', lambda: (1, 2)[S])
t('str_getitem_float', lambda: 'ab'[FL])

# math.ldexp
t('ldexp', lambda: math.ldexp(1.5, 3))
t('ldexp_neg', lambda: math.ldexp(1.0, -1080))
t('ldexp_over', lambda: math.ldexp(1.0, 1024))
t('ldexp_over_big', lambda: math.ldexp(1.0, 10**30))
t('ldexp_under_big', lambda: math.ldexp(1.0, -10**30))
t('ldexp_zero_big', lambda: math.ldexp(0.0, 10**30))
t('ldexp_inf', lambda: math.ldexp(float('inf'), -5))
t('ldexp_nan', lambda: math.ldexp(float('nan'), 5))
t('ldexp_float_exp', lambda: math.ldexp(1.0, 2.0))
t('ldexp_index', lambda: math.ldexp(1.0, Ix(2)))
t('ldexp_int', lambda: math.ldexp(3, 2))
t('ldexp_bool', lambda: math.ldexp(True, True))
t('ldexp_sub', lambda: math.ldexp(1.0, -1074))
t('ldexp_sub2', lambda: math.ldexp(0.75, -1074))
t('ldexp_max', lambda: math.ldexp(0.99999999999999989, 1024))
t('ldexp_negover', lambda: math.ldexp(-1.0, 1025))
t('frexp', lambda: [math.frexp(v) for v in (8.0, -0.3, 5e-324, 1e308, -2.5e-310, 0.0, -0.0, 1, True)])
t('frexp_special', lambda: [math.frexp(v) for v in (float('inf'), float('-inf'))])
t('frexp_bad', lambda: math.frexp('x'))
t('ldexp_roundtrip', lambda: [math.ldexp(*math.frexp(v)) == v for v in (3.7, -1e-320, 1.7e308)])
t('ldexp_sub_round', lambda: [math.ldexp(1.5, -1074), math.ldexp(2.5, -1074), math.ldexp(3.0, -1075), math.ldexp(1.0000000000000002, -1070)])

# str.splitlines with non-int arguments
t('splitlines_true', lambda: 'a\nb\r\nc'.splitlines(True))
t('splitlines_kw', lambda: 'a\nb'.splitlines(keepends=1))
t('splitlines_str', lambda: 'a\nb'.splitlines('x'))
t('splitlines_float', lambda: 'a\nb'.splitlines(1.5))
t('splitlines_none', lambda: 'a\nb'.splitlines(None))
t('splitlines_ix', lambda: 'a\nb'.splitlines(Ix(1)))
t('splitlines_unicode', lambda: 'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
t('splitlines_two', lambda: 'a'.splitlines(1, 2))
t('splitlines_badkw', lambda: 'a'.splitlines(keep=1))

# sys.setrecursionlimit
old = sys.getrecursionlimit()
def set_get(n):
    sys.setrecursionlimit(n)
    return sys.getrecursionlimit()
t('setrec_big', lambda: set_get(100000))
t('setrec_zero', lambda: set_get(0))
t('setrec_neg', lambda: set_get(-5))
t('setrec_float', lambda: set_get(50.0))
t('setrec_str', lambda: set_get('x'))
t('setrec_ix', lambda: set_get(Ix(3000)))
t('setrec_over', lambda: set_get(2**63))
sys.setrecursionlimit(old)
t('getrec', lambda: sys.getrecursionlimit())
