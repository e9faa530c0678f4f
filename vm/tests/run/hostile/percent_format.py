# '%' formatting driven by hostile arguments: '*' widths and precisions
# that are not ints or do not fit, keys mixed with positional conversions,
# mappings that are lists or ranges, length modifiers, incomplete specs.
# (Widths and precisions that would need gigabytes, such as '%*d' % (10**10, 1),
# are left out: CPython builds the string when memory allows.)

def t(name, f):
    try:
        r = f()
        print(name, 'ok', repr(r))
    except BaseException as e:
        print(name, type(e).__name__, e)

class I:
    def __index__(self):
        return 3
class IS(int):
    pass
class IS2(int):
    def __index__(self):
        return 7
class T(tuple):
    pass
class M:
    def __getitem__(self, k):
        return k * 2
class N:
    pass

cases = [
    # '*' wants an int, not an __index__ object
    ('star_str', lambda: '%*d' % ('5', 42)),
    ('star_float', lambda: '%*d' % (5.0, 1)),
    ('star_index', lambda: '%*d' % (I(), 1)),
    ('star_prec_index', lambda: '%.*d' % (I(), 1)),
    ('star_prec_str', lambda: '%.*f' % ('x', 1.0)),
    ('star_bool', lambda: '%*d' % (True, 1)),
    ('star_int_subclass', lambda: '%*d|' % (IS(3), 1)),
    ('star_int_subclass_index', lambda: '%*d|' % (IS2(3), 1)),
    ('star_both', lambda: '%*.*f' % (8, 3, 1.5)),
    ('star_neg', lambda: '%*d|' % (-5, 1)),
    ('star_neg_minus', lambda: '%-*d|' % (-4, 7)),
    ('star_prec_neg', lambda: '%.*d' % (-3, 7)),
    ('star_prec_neg_s', lambda: '%*.*s|' % (5, -1, 'abc')),
    ('star_second_bad', lambda: '%*.*d' % (1, 'x', 3)),
    ('star_first_bad', lambda: '%*.*d' % ('y', 'x', 3)),
    # '*' values past machine integers
    ('star_big', lambda: '%*d' % (10**20, 1)),
    ('star_2_63', lambda: '%*d' % (2**63, 1)),
    ('star_min', lambda: '%*d|' % (-2**63, 1)),
    ('star_prec_big', lambda: '%.*d' % (10**10, 1)),
    ('star_prec_2_31', lambda: '%.*d' % (2**31, 1)),
    ('star_prec_neg_big', lambda: '%.*d' % (-2**31 - 1, 1)),
    ('star_prec_int_max', lambda: '%.*d' % (2**31 - 1, 7)),
    ('star_huge_width', lambda: '%*d' % (2**62, 7)),
    ('star_huge_width_s', lambda: '%*s' % (2**62, 'a')),
    ('star_huge_width_c', lambda: '%*c' % (2**63 - 1, 'a')),
    ('star_huge_width_f', lambda: '%-*f' % (2**62, 1.0)),
    # widths and precisions written out
    ('prec_digits_big', lambda: '%.99999999999d' % 1),
    ('width_digits_big', lambda: '%99999999999999999999d' % 1),
    ('prec_int_max', lambda: '%.2147483647d' % 1),
    ('prec_past_int', lambda: '%.2147483648d' % 1),
    # running out of arguments
    ('key_then_star', lambda: '%(a)*d' % {'a': 5}),
    ('star_percent', lambda: '%*%' % (5,)),
    ('key_star_percent', lambda: '%(a)*%' % {'a': 5}),
    ('width_percent', lambda: '%5%' % ()),
    ('star_percent_empty', lambda: '%*%' % ()),
    ('star_percent_two', lambda: '%*%' % (5, 6)),
    ('prec_star_percent', lambda: '%.*%' % (5,)),
    ('key_then_positional', lambda: '%(a)s %s' % {'a': 1}),
    ('positional_then_key', lambda: '%s %(a)s' % {'a': 1}),
    ('unknown_needs_arg', lambda: '%z' % ()),
    ('unknown_with_key', lambda: '%(a)z' % {'a': 1}),
    ('unknown_unprintable', lambda: '%\x01' % (1,)),
    ('unknown_nonascii', lambda: '%é' % (1,)),
    ('two_from_scalar', lambda: '%s %s' % 5),
    ('tuple_extra', lambda: '%s' % (1, 2)),
    ('star_only', lambda: '%*' % (5,)),
    ('star_only_empty', lambda: '%*' % ()),
    # what counts as a mapping: anything with __getitem__ but a tuple or str
    ('list_unused', lambda: '' % [1]),
    ('list_whole', lambda: '%s' % [1]),
    ('list_key', lambda: '%(a)s' % [1]),
    ('range_unused', lambda: '' % range(3)),
    ('range_key', lambda: '%(a)s' % range(3)),
    ('getitem_key', lambda: '%(ab)s' % M()),
    ('getitem_unused', lambda: '' % M()),
    ('plain_unused', lambda: '' % N()),
    ('tuple_subclass', lambda: '%s %s' % T((1, 2))),
    ('tuple_subclass_extra', lambda: '%s' % T((1, 2))),
    ('dict_keys_key', lambda: '%(a)s' % {'a': 1}.keys()),
    ('dict_in_tuple', lambda: '' % ({1: 2}, 3)),
    ('dict_two', lambda: '%s %s' % {'a': 1}),
    ('dict_unused', lambda: '' % {'a': 1}),
    ('str_unused', lambda: '' % 'ab'),
    ('str_empty', lambda: '' % ''),
    ('empty_tuple', lambda: '' % ()),
    ('int_unused', lambda: '' % 5),
    ('list_d', lambda: '%d %d' % [1, 2]),
    # keys
    ('key_missing', lambda: '%(x)' % {}),
    ('key_not_mapping', lambda: '%(ab' % ()),
    ('key_incomplete', lambda: '%(ab' % {}),
    ('key_open', lambda: '%(' % {}),
    ('key_empty', lambda: '%()s' % {'': 3}),
    ('key_nested', lambda: '%((a))s' % {'(a)': 3}),
    ('key_no_conversion', lambda: '%(a)' % {'a': 1}),
    ('key_twice', lambda: '%(a)s %(a)s' % {'a': 1}),
    ('key_on_int', lambda: '%(a)d' % 5),
    ('key_then_key', lambda: '%(a)(b)s' % {'a': 1}),
    # length modifiers: one is skipped
    ('mod_l', lambda: '%ld' % (5,)),
    ('mod_ll', lambda: '%lld' % 5),
    ('mod_hL', lambda: '%hLd' % 5),
    ('mod_only', lambda: '%l' % (5,)),
    # incomplete specs
    ('bare', lambda: '%' % ()),
    ('trailing', lambda: 'ab%' % ()),
    ('zero_flag', lambda: '%0' % ()),
    ('width_dot', lambda: '%5.' % (1,)),
    ('dot', lambda: '%.' % (5,)),
    ('dot_star', lambda: '%.*' % (5,)),
    ('width_dot_star', lambda: '%5.*' % (1, 2)),
    ('stars_no_conv', lambda: '%*.*' % (1, 2)),
    # %c
    ('c_bool', lambda: '%c' % True),
    ('c_index', lambda: '%c' % I()),
    ('c_two_chars', lambda: '%c' % 'ab'),
    ('c_negative', lambda: '%c' % -1),
    ('c_big', lambda: '%c' % 2**70),
    ('c_float', lambda: '%c' % 1.5),
    ('c_width', lambda: '%-3c|%3c' % ('x', 65)),
    ('prec_s', lambda: '%.*s' % (True, 'ab')),
    ('prec_s_wide', lambda: '%.2s|%5.1s' % ('héllo', 'ßx')),
]
for name, f in cases:
    t(name, f)
