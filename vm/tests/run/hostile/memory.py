# Sizes that come from the program: a result too big for memory is a
# MemoryError the program catches, a size too big for a machine word is
# CPython's OverflowError (or ValueError, IndexError) for that context,
# and the VM never aborts. The sizes (2**50 and up) are beyond any
# address space, so the allocations fail on every machine.
import sys


def t(name, f):
    try:
        r = f()
        print(name, 'ok', len(r) if hasattr(r, '__len__') else r)
    except BaseException as e:
        print(name, type(e).__name__, repr(e))


class X:
    def __index__(self):
        return 2**63


class Seven:
    def __index__(self):
        return 7


class NotInt:
    def __index__(self):
        return 'seven'


def imul(x, n):
    x *= n
    return x


# repetition
t('list_mul', lambda: [0] * 2**50)
t('list_mul2', lambda: [0, 1] * 2**62)
t('list_mul3', lambda: [0, 1] * (2**63 - 1))
t('list_rmul', lambda: 2**50 * [0, 1])
t('list_imul', lambda: imul([0], 2**50))
t('list_mul_big', lambda: [0] * 10**20)
t('list_mul_neg_big', lambda: [0] * -10**20)
t('tuple_mul', lambda: (0,) * 2**50)
t('tuple_mul2', lambda: (0, 1) * 2**62)
t('str_mul', lambda: 'x' * 2**50)
t('str_mul2', lambda: 'xy' * 2**62)
t('str_mul3', lambda: 'x' * (2**63 - 1))
t('str_mul_big', lambda: 'x' * 10**20)
t('str_mul_inst', lambda: 'ab' * X())
t('str_mul_index', lambda: 'ab' * Seven())
t('list_repeat_zero', lambda: [] * 10**20)
t('str_repeat_zero', lambda: '' * 10**20)
t('str_repeat_zero2', lambda: '' * 2**62)
t('not_int', lambda: 'ab' * NotInt())
# padding and formatting
t('pct_star', lambda: '%*d' % (2**50, 1))
t('pct_star_big', lambda: '%*d' % (10**20, 1))
t('pct_star_neg', lambda: '%*d' % (-2**50, 1))
t('pct_width', lambda: '%1125899906842624d' % 1)
t('pct_width_big', lambda: '%100000000000000000000d' % 1)
t('pct_prec', lambda: '%.1000000000000d' % 1)
t('pct_prec_s', lambda: '%.*s' % (10**12, 'ab'))
t('pct_prec_f', lambda: '%.*f' % (10**12, 1.5))
t('pct_width_s', lambda: '%*s' % (2**50, 'ab'))
t('pct_width_f', lambda: '%*f' % (2**50, 1.5))
t('pct_width_type_first', lambda: '%*d' % (2**50, 'x'))
t('fmt_width', lambda: format(1, '1125899906842624'))
t('fmt_width_big', lambda: format(1, '100000000000000000000'))
t('fmt_width_s', lambda: format('a', '1125899906842624'))
t('fmt_width_f', lambda: format(1.5, '1125899906842624'))
t('fmt_prec_f', lambda: format(1.5, '.1000000000000f'))
t('fmt_prec_s', lambda: format('ab', '.1000000000000'))
t('fmt_prec_s_big', lambda: format('ab', '.100000000000000000000'))
t('str_format', lambda: '{:1125899906842624}'.format(1))
t('fmt_nested', lambda: '{:{}}'.format(1, 2**50))
t('fstring', lambda: f'{1:{2**50}}')
t('ljust', lambda: 'a'.ljust(2**50))
t('ljust_i64', lambda: 'a'.ljust(2**63 - 1))
t('ljust_fill', lambda: 'a'.ljust(2**50, 'é'))
t('rjust', lambda: 'a'.rjust(2**50))
t('center', lambda: 'a'.center(2**50))
t('center_big', lambda: 'a'.center(2**63))
t('zfill', lambda: '1'.zfill(2**50))
t('expandtabs', lambda: ('\t' * 1000000).expandtabs(2**31 - 1))
t('expandtabs_big', lambda: 'a'.expandtabs(2**31))
t('replace', lambda: ('x' * 2**24).replace('x', 'y' * 2**24))
t('replace_empty', lambda: ('x' * 2**24).replace('', 'y' * 2**24))
t('join', lambda: ''.join(['x' * 2**26] * 2**22))
t('join_sep', lambda: ('x' * 2**26).join(['a'] * 2**22))
# containers from huge ranges
t('range_list', lambda: list(range(2**50)))
t('range_tuple', lambda: tuple(range(2**50)))
t('range_list_big', lambda: list(range(10**20)))
t('list_extend', lambda: [].extend(range(2**50)))
t('list_iadd', lambda: imul([], 1) + list(range(2**50)))
t('sorted_range', lambda: sorted(range(2**50)))
# huge indexes and counts
t('list_getbig', lambda: [1, 2][10**20])
t('list_setbig', lambda: [1, 2].__setitem__(10**20, 1))
t('list_delbig', lambda: [1, 2].__delitem__(10**20))
t('list_popbig', lambda: [1, 2].pop(10**20))
t('list_insbig', lambda: [1, 2].insert(10**20, 1))
t('list_insert_neg', lambda: [1].insert(-2**63 - 1, 0))
t('tuple_getbig', lambda: (1, 2)[10**20])
t('str_getbig', lambda: 'ab'[10**20])
t('inst_getbig', lambda: 'ab'[X()])
t('list_slicebig', lambda: [1, 2][10**20:10**21])
t('list_slicebig_neg', lambda: [1, 2, 3][-10**20:10**20:2**70])
t('list_index_big', lambda: [1, 2].index(1, 10**20))
t('tuple_index_big', lambda: (1, 2).index(2, 2**63))
t('str_find_big', lambda: 'ab'.find('a', 10**20))
t('str_split_big', lambda: 'a b'.split(None, 10**20))
t('range_getbig', lambda: range(10)[10**20])
t('range_getbig2', lambda: range(2**70)[2**65])
t('range_len', lambda: len(range(10**20)))
t('chr_big', lambda: chr(2**31))
t('chr_huge', lambda: chr(2**63))
t('setrecursionlimit', lambda: sys.setrecursionlimit(2**63))
t('int_base', lambda: int('1', 2**63))
t('slice_indices', lambda: slice(1, 2).indices(2**63))
t('slice_indices2', lambda: slice(2**64, -2**64).indices(5))
t('index_not_int', lambda: [1, 2][NotInt()])
t('slice_not_int', lambda: [1, 2][NotInt():])
t('pct_c_wrap', lambda: '%c' % (2**32 + 65))
t('pct_c_neg', lambda: '%c' % -1)
t('pct_c_big', lambda: '%c' % 2**70)
t('str_concat', lambda: len('ab' + 'cd'))
t('list_concat', lambda: len([1] + [2, 3]))
t('tuple_concat', lambda: len((1,) + (2, 3)))
print('still running')
