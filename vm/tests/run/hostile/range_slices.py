# Slices of ranges past machine integers: bounds and steps of any size
# (CPython's _PySlice_GetLongIndices), their items, len (OverflowError past
# ssize_t), index, count and `in`; the slice errors. (hash of equal ranges
# is left out: nsvm hashes ranges by identity, in ops/compare.rs.)
def t(name, f):
    try:
        r = f()
        print(name, 'ok', repr(r))
    except BaseException as e:
        print(name, type(e).__name__, e)
t('step2_last', lambda: range(10**20)[::2][-1])
t('step2_repr', lambda: range(10**20)[::2])
t('tail', lambda: range(0, 10**20)[10**19:])
t('tail_first', lambda: range(0, 10**20)[10**19:][0])
t('tail_len', lambda: len(range(0, 10**20)[10**19:]))
t('small_len', lambda: len(range(0, 10**20)[10**19:10**19 + 5]))
t('small_list', lambda: list(range(0, 10**20)[10**19:10**19 + 5]))
t('rev', lambda: range(10**20)[::-1])
t('rev_first', lambda: range(10**20)[::-1][0])
t('rev_step', lambda: range(10**20)[::-3][:3])
t('neg_bounds', lambda: range(10**20)[-10**30:-10**19:10**18])
t('huge_step', lambda: range(10**20)[::10**30])
t('huge_neg_step', lambda: range(10**20)[::-10**30])
t('index', lambda: range(0, 10**20)[10**19:].index(10**19 + 7))
t('index_step', lambda: range(10**20)[::2].index(10**19))
t('index_missing', lambda: range(10**20)[::2].index(3))
t('count', lambda: range(10**20)[::2].count(10**19))
t('contains', lambda: 10**19 + 1 in range(10**20)[::2])
t('zero_step', lambda: range(10**20)[::0])
t('bad_index', lambda: range(10**20)['a':])
t('float_bound', lambda: range(10)[1.0:])
class I:
    def __index__(self): return 10**19
t('index_obj', lambda: range(10**20)[I():I()])
t('empty_big', lambda: range(10**20, 0)[5:])
t('neg_range', lambda: range(-10**20, 10**20, 3)[10**19::7])
t('small', lambda: range(10)[2:8:3])
t('small_neg', lambda: range(10)[-1:-20:-4])
t('small_clamp', lambda: range(10)[-100:100])
t('eq', lambda: range(10**20)[::2] == range(0, 10**20, 2))
t('bool', lambda: bool(range(10**20)[10**20:]))
