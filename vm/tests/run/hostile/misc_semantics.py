# Odd corners: exec with a dict subclass as globals, ranges past machine
# integers (len is OverflowError; indexing, reversed, truth and equality
# work at any size), SystemExit's args and code. (A generator closing
# itself, __class__ assignment between incompatible layouts and slices of
# huge ranges have their own programs: generator_reentry.py,
# class_assignment.py, range_slices.py.)
import sys

def t(name, f):
    try:
        r = f()
        print(name, 'ok', repr(r))
    except BaseException as e:
        print(name, type(e).__name__, e)

# exec with a dict subclass as globals
class G(dict):
    def __missing__(self, k):
        return 'missing:' + k
def exec_sub():
    g = G()
    exec('x = 1\ny = x + 1\ndef fn():\n    return y * 10\nz = fn()', g)
    return sorted(k for k in g if k != '__builtins__'), g['z'], type(g).__name__
t('exec_dict_subclass', exec_sub)
def eval_sub():
    g = G(a=2)
    return eval('a * 3', g)
t('eval_dict_subclass', eval_sub)
def exec_sub_isinstance():
    g = G()
    exec('r = isinstance(globals(), dict)\nr2 = type(globals()).__name__', g)
    return g['r'], g['r2']
t('exec_not_dict', lambda: exec('x = 1', [1]))
t('exec_locals_mapping', lambda: exec('x = 1', {}, 5))

# range over huge bounds
big = range(10**20)
t('range_len', lambda: len(big))
t('range_last', lambda: big[-1])
t('range_first', lambda: big[0])
t('range_mid', lambda: big[10**19])
t('range_oob', lambda: big[10**20])
t('range_rev_step', lambda: next(reversed(range(0, 10**20, 3))))
t('range_rev', lambda: next(reversed(big)))
t('range_rev_neg', lambda: next(reversed(range(10**20, -10**20, -7))))
t('range_contains', lambda: 10**19 + 1 in range(1, 10**20, 2))
t('range_index', lambda: range(0, 10**20, 5).index(10**19))
t('range_count', lambda: range(0, 10**20, 5).count(10**19))
t('range_bool', lambda: bool(big))
t('range_eq', lambda: range(0, 10**20, 2) == range(0, 10**20 - 1, 2))
t('range_iter', lambda: next(iter(range(10**20, 10**20 + 5))))
t('range_iter_huge', lambda: next(iter(big)))
t('range_len_ok', lambda: len(range(2**62)))
t('range_len_over', lambda: len(range(2**63)))
t('range_len_neg', lambda: len(range(0, -10**20, -1)))
t('range_repr', lambda: repr(range(0, 10**20, 3)))
t('range_hash', lambda: hash(range(0, 10**20, 3)) == hash(range(0, 10**20 - 1, 3)))
t('range_list_small', lambda: list(range(10**20, 10**20 + 3)))
t('range_reversed_list', lambda: list(reversed(range(10**20, 10**20 + 3))))
t('rev_small', lambda: [list(reversed(r)) for r in (range(0), range(5), range(5, 0, -2), range(1, 10, 3), range(3, 3), range(-2**70, -2**70 + 3))])
t('rev_bool_eq', lambda: [bool(range(10**20, 10**20)), range(10**20, 0) == range(0), range(0, 10**20, 10**20) == range(0, 1)])
t('range_min', lambda: min(range(10**20, 10**20 + 3)))

# SystemExit args and code
def se(*a):
    e = SystemExit(*a)
    return e.args, e.code, str(e)
t('se_none', lambda: se())
t('se_one', lambda: se(3))
t('se_str', lambda: se('bye'))
t('se_two', lambda: se(1, 2))
t('se_nonearg', lambda: se(None))
def se_catch(v):
    try:
        sys.exit(v)
    except SystemExit as e:
        return e.args, e.code
t('sys_exit_big', lambda: se_catch(2**100))
t('sys_exit_list', lambda: se_catch([1]))
t('sys_exit_noarg', lambda: sys.exit())
def se_setcode():
    e = SystemExit(1)
    e.code = 5
    return e.args, e.code
t('se_setcode', se_setcode)
