# Containers whose operations run Python code (__eq__, __hash__, iterators)
# that mutates the container under them: no panic, CPython's outcome and
# messages; `d |= pairs`; dict.update stores each pair as it is read.
# (A __repr__ that changes its container, and a dict whose keys change at
# the same size while it is iterated, have their own programs:
# repr_mutation.py, dict_keys_changed.py.)
def t(name, f):
    try:
        r = f()
        print(name, 'ok', repr(r))
    except BaseException as e:
        print(name, type(e).__name__, e)

# dict |= with an iterable of pairs
def ior_pairs():
    d = {'a': 1}
    d |= [('b', 2), ('a', 3)]
    return d
t('dict_ior_pairs', ior_pairs)
def ior_gen():
    d = {}
    d |= ((i, i * i) for i in range(3))
    return d
t('dict_ior_gen', ior_gen)
def ior_bad():
    d = {}
    d |= [1]
    return d
t('dict_ior_bad', ior_bad)
def ior_bad2():
    d = {}
    d |= [(1, 2, 3)]
    return d
t('dict_ior_bad2', ior_bad2)
t('dict_or_pairs', lambda: {} | [(1, 2)])
def ior_int():
    d = {}
    d |= 5
t('dict_ior_int', ior_int)

# dict.update whose key's __eq__/__hash__ mutates the target
class MutHash:
    def __init__(self, target, h):
        self.target = target
        self.h = h
    def __hash__(self):
        self.target.clear()
        return self.h
    def __eq__(self, o):
        return self is o
    def __repr__(self):
        return 'MutHash(%d)' % self.h

class MutEq:
    def __init__(self, target, h):
        self.target = target
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        self.target.clear()
        return False
    def __repr__(self):
        return 'MutEq(%d)' % self.h

def upd_hash():
    d = {1: 1, 2: 2}
    k = MutHash(d, 5)
    d.update({k: 'v', 3: 3})
    return sorted(map(repr, d))
t('dict_update_hash', upd_hash)
def upd_eq():
    d = {MutEq(None, 1): 1}
    k = MutEq(d, 1)
    d.update([(k, 2), (9, 9)])
    return len(d)
t('dict_update_eq', upd_eq)
def upd_iter():
    d = {1: 1}
    def g():
        yield (2, 2)
        d.clear()
        yield (3, 3)
    d.update(g())
    return d
t('dict_update_iter', upd_iter)
def upd_self_iter():
    d = {1: 1, 2: 2}
    def g():
        for k in d:
            yield (k + 10, k)
    d.update(g())
    return d
t('dict_update_self_iter', upd_self_iter)

# list.extend with a generator appending to the same list
def ext_gen():
    l = [1, 2, 3]
    def g():
        for i in range(3):
            l.append(i * 10)
            yield i
    l.extend(g())
    return l
t('list_extend_gen', ext_gen)
def ext_iter_self():
    l = [1, 2, 3]
    l.extend(x * 2 for x in l[:])
    return l
t('list_extend_self_copy', ext_iter_self)
def ext_self():
    l = [1, 2, 3]
    l.extend(l)
    return l
t('list_extend_self', ext_self)
def ext_clear():
    l = [1, 2, 3]
    def g():
        yield 4
        l.clear()
        yield 5
    l.extend(g())
    return l
t('list_extend_clear', ext_clear)
def iadd_gen():
    l = [1]
    def g():
        l.append(2)
        yield 3
    l += g()
    return l
t('list_iadd_gen', iadd_gen)

# set operations whose element's __hash__/__eq__ mutates the target
def set_update_hash():
    s = {1, 2, 3}
    s.update([MutHash(s, 7), 4])
    return sorted(map(repr, s))
t('set_update_hash', set_update_hash)
def set_eq():
    s = {MutEq(None, 1), MutEq(None, 2)}
    k = MutEq(s, 1)
    return (k in s, len(s))
t('set_contains_eq', set_eq)
def set_add_eq():
    s = {MutEq(None, 1), 5}
    s.add(MutEq(s, 1))
    return len(s)
t('set_add_eq', set_add_eq)
def set_discard_eq():
    s = {MutEq(None, 1), 5}
    s.discard(MutEq(s, 1))
    return len(s)
t('set_discard_eq', set_discard_eq)
def set_remove_eq():
    s = {MutEq(None, 1), 5}
    s.remove(MutEq(s, 1))
    return len(s)
t('set_remove_eq', set_remove_eq)
def set_isub():
    s = {1, 2, 3}
    s -= {MutHash(s, 1)}
    return s
t('set_isub', set_isub)
def set_iand():
    a = {MutEq(None, 1), MutEq(None, 2)}
    b = {MutEq(a, 1), MutEq(a, 2)}
    return len(a & b), len(a)
t('set_and_eq', set_iand)
def set_iter_mut():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 100)
t('set_iter_mut', set_iter_mut)
def set_iter_same_size():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
        s.add(x + 100)
t('set_iter_same_size', set_iter_same_size)
def set_update_gen():
    s = {1}
    def g():
        s.add(2)
        yield 3
    s.update(g())
    return s
t('set_update_gen', set_update_gen)

# list.index/pop/remove under mutation
def idx_mut():
    l = [1, 2]
    l.append(MutEq(l, 0))
    l.append(3)
    return l.index(3)
t('list_index_mut', idx_mut)
def remove_mut():
    l = [MutEq(None, 0), 1]
    l[0] = MutEq(l, 0)
    l.remove(1)
    return l
t('list_remove_mut', remove_mut)
class PopIdx:
    def __init__(self, l):
        self.l = l
    def __index__(self):
        self.l.append(99)
        return -1
def pop_mut():
    l = [1, 2]
    r = l.pop(PopIdx(l))
    return r, l
t('list_pop_mut', pop_mut)

# dict mutated while iterated
def dict_value_update():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    return d
t('dict_value_update', dict_value_update)
def dict_del_readd():
    d = {1: 1, 2: 2}
    out = []
    for k in d:
        out.append(k)
        if k == 1:
            del d[2]
            d[2] = 3
    return out
t('dict_del_readd', dict_del_readd)
def dict_shrink():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
t('dict_shrink', dict_shrink)
# list.sort with a key that mutates the list
def sort_mut():
    l = [3, 1, 2]
    def key(x):
        l.append(x)
        return x
    l.sort(key=key)
t('list_sort_mut', sort_mut)
