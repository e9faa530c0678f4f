# Built-ins called with too few, too many or odd arguments raise CPython's
# TypeError/ValueError instead of reading past their arguments.


def t(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except BaseException as e:
        print(name, type(e).__name__, e)


class NotInt:
    def __index__(self):
        return 'x'


t('fromkeys_none', lambda: dict.fromkeys())
t('fromkeys_one', lambda: dict.fromkeys('ab'))
t('fromkeys_two', lambda: dict.fromkeys('ab', 0))
t('fromkeys_three', lambda: dict.fromkeys('ab', 0, 1))
t('fromkeys_inst', lambda: {}.fromkeys('a'))
t('pop_many', lambda: [1].pop(0, 1))
t('pop_str', lambda: [1].pop('0'))
t('insert_one', lambda: [1].insert(0))
t('index_none', lambda: [1].index())
t('count_none', lambda: [1].count())
t('remove_none', lambda: [1].remove())
t('list_init_many', lambda: [].__init__(1, 2))
t('list_init_kw', lambda: [].__init__(a=1))
t('chr_none', lambda: chr())
t('chr_float', lambda: chr(1.5))
t('chr_index', lambda: chr(NotInt()))
t('expandtabs_many', lambda: 'a'.expandtabs(1, 2))
t('slice_bad', lambda: [1, 2]['a':])
t('slice_step_zero', lambda: [1, 2][::0])
t('setslice_noniter', lambda: [1, 2].__setitem__(slice(0, 1), 5))
t('setslice_ext_noniter', lambda: [1, 2].__setitem__(slice(0, 2, 2), 5))
t('setslice_ext_size', lambda: [1, 2, 3].__setitem__(slice(0, 3, 2), [1]))
t('delitem_str', lambda: [1, 2].__delitem__('a'))
t('setitem_str', lambda: [1, 2].__setitem__('a', 1))
f = 1.0
t('getitem_float', lambda: [1, 2][f])
t('range_index_str', lambda: range(3)['a'])
t('index_non_int', lambda: (1, 2)[NotInt()])
l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del l[::3]
print(l)
l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del l[::-4]
print(l)
l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del l[7:1:-2]
print(l)
l = [0, 1, 2, 3, 4]
l[::-1] = l
print(l)
l[1:3] = l
print(l)
