# Lists whose methods, slices, `in` and comparisons run Python code
# (`__index__`, `__eq__`, `__lt__`, iterators) that shrinks or grows the
# list under them: every length and index is read again after the code
# runs, as CPython does, and nothing panics. (Extended-slice assignment
# from an iterator that shrinks the list is left out: CPython 3.11 itself
# crashes on it.)
def t(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except BaseException as e:
        print(name, type(e).__name__, e)

class Shrink:
    def __init__(self, lst): self.lst = lst
    def __eq__(self, o):
        self.lst.clear()
        return False
    __hash__ = None

class Idx:
    def __init__(self, lst, v): self.lst = lst; self.v = v
    def __index__(self):
        self.lst.clear()
        return self.v

def mk():
    l = [1,2,3,4,5]
    s = Shrink(l)
    l.extend([s, s, s])
    return l, s

l, s = mk(); t('remove', lambda: l.remove(99))
l, s = mk(); t('index', lambda: l.index(99))
l, s = mk(); t('count', lambda: l.count(99))
l, s = mk(); t('in', lambda: 99 in l)
l, s = mk(); t('eq', lambda: l == [1,2,3,4,5,0,0,0])
l, s = mk(); t('lt', lambda: l < [1,2,3,4,5,0,0,0])
l, s = mk(); t('tuple_in', lambda: 99 in tuple(l))
l = [1,2,3]; t('insert', lambda: l.insert(Idx(l, 2), 'x')); print(l)
l = [1,2,3]; t('pop', lambda: l.pop(Idx(l, 2))); print(l)
l = [1,2,3]; t('getitem', lambda: l[Idx(l, 2)]); print(l)
l = [1,2,3]; t('setitem', lambda: l.__setitem__(Idx(l, 2), 5)); print(l)
l = [1,2,3]; t('delitem', lambda: l.__delitem__(Idx(l, 2))); print(l)
l = [1,2,3,4,5]; t('slice', lambda: l[Idx(l, 1):Idx(l, 4)]); print(l)
l = [1,2,3,4,5]; t('setslice', lambda: l.__setitem__(slice(Idx(l, 1), Idx(l,4)), [9])); print(l)
l = [1,2,3,4,5]; t('setslice_step', lambda: l.__setitem__(slice(0, 5, Idx(l,2)), [9,9,9])); print(l)
l = [1,2,3,4,5]; t('delslice', lambda: l.__delitem__(slice(Idx(l, 1), Idx(l,4)))); print(l)
l = [1,2,3,4,5]; t('delslice_step', lambda: l.__delitem__(slice(0, 5, Idx(l,2)))); print(l)
l = [1,2,3,4,5]; t('index_start', lambda: l.index(3, Idx(l, 1))); print(l)
l = [1,2,3,4,5]; t('index_stop', lambda: l.index(3, 0, Idx(l, 4))); print(l)
def setsl(): l[1:4] = [9]
l = [1,2,3,4,5]; t('setslice_stmt', lambda: l.__setitem__(slice(1, Idx(l,4)), [9])); print(l)
# __eq__ that grows
class Grow:
    def __init__(self, lst): self.lst = lst
    def __eq__(self, o):
        self.lst.append(self)
        return len(self.lst) > 50
    __hash__ = None
l = [0]; g = Grow(l); l.append(g); t('grow_in', lambda: 99 in l); print(len(l))
l = [0]; g = Grow(l); l.append(g); t('grow_index', lambda: l.index(99)); print(len(l))
l = [0]; g = Grow(l); l.append(g); t('grow_remove', lambda: l.remove(99)); print(len(l))
# eq of two lists where element mutates the other list
class M:
    def __init__(self): self.other = None
    def __eq__(self, o):
        if self.other is not None: self.other.clear()
        return True
    __hash__ = None
a = [M(), M(), M()]; b = [M(), M(), M()]; a[0].other = b; a[1].other = a
t('eq2', lambda: a == b)
a = [M(), M(), M()]; b = [M(), M(), M()]; a[0].other = b; a[1].other = a
t('lt2', lambda: a < b)
a = [M(), 1]; b = [M(), 2]; a[0].other = a
t('le2', lambda: a <= b)
t('ge2', lambda: a >= b)
# sort with key mutating
l = [3,1,2]; t('sort_mut', lambda: l.sort(key=lambda x: l.append(1) or x)); print(l)
class L:
    def __lt__(s, o):
        l.clear(); return True
l = [L(), L(), L()]; t('sort_lt', lambda: l.sort()); print(l == [])

# ----- iterators, sets, dicts, files -----
class Idx2:
    def __init__(self, lst, v, grow=False): self.lst = lst; self.v = v; self.grow = grow
    def __index__(self):
        if self.grow: self.lst.extend(range(10))
        else: self.lst.clear()
        return self.v

l = [1, 2, 3, 4]
def rev():
    out = []
    for x in reversed(l):
        out.append(x)
        l.clear()
    return out
t('reversed_shrink', rev)
l = [1, 2, 3, 4]
def it_shrink():
    out = []
    for x in l:
        out.append(x); del l[0]
    return out
t('iter_shrink', it_shrink)
l = [1, 2, 3]
def enum_grow():
    out = []
    for i, x in enumerate(l):
        if i < 5: l.append(x)
        out.append(x)
    return out
t('enum_grow', enum_grow)
d = {1: 1, 2: 2}
def dict_mut():
    for k in d: d[k + 10] = 1
t('dict_mut', dict_mut)
d = {1: 1, 2: 2}
def dict_del():
    for k in d: del d[k]
t('dict_del', dict_del)
s = {1, 2, 3}
def set_mut():
    for k in s: s.add(k + 10)
t('set_mut', set_mut)
l = [3, 1, 2]
t('sorted_key_mut', lambda: sorted(l, key=lambda x: (l.clear(), x)[1]))
print(l)
l = [3, 1, 2]
t('min_key_mut', lambda: min(l, key=lambda x: (l.append(x) if len(l) < 10 else None, x)[1]))
print(l)
l = [1, 2]
def gen():
    for i in range(3):
        l.clear(); yield i
l = [1, 2, 3, 4]; t('setslice_gen', lambda: l.__setitem__(slice(1, 3), gen())); print(l)
def gen2():
    for i in range(3):
        l.extend([0] * 5); yield i
l = [1, 2, 3, 4, 5, 6]; t('setslice_step_grow', lambda: l.__setitem__(slice(0, 6, 2), gen2())); print(l)
l = [1, 2]; t('extend_self', lambda: l.extend(l)); print(l)
def iadd(x, y):
    x += y
    return x
def imul(x, y):
    x *= y
    return x
l = [1, 2]; t('iadd_self', lambda: iadd(l, l)); print(l)
l = [1, 2]; t('iadd_gen', lambda: iadd(l, gen())); print(l)
l = [1, 2]; t('extend_gen', lambda: l.extend(gen())); print(l)
l = [1, 2, 3]; t('imul_idx', lambda: imul(l, Idx2(l, 2))); print(l)
l = [1, 2, 3]; t('mul_idx', lambda: l * Idx2(l, 2)); print(l)
l = [1, 2, 3]; t('imul_idx_grow', lambda: imul(l, Idx2(l, 2, True))); print(len(l))
l = [1, 2, 3]; t('getitem_grow', lambda: l[Idx2(l, 5, True)]); print(len(l))
l = [1, 2, 3]; t('slice_grow', lambda: l[Idx2(l, 1, True):Idx2(l, 12, True)]); print(len(l))
l = [1, 2, 3]; t('delslice_grow', lambda: l.__delitem__(slice(Idx2(l, 1, True), None, Idx2(l, 3, True)))); print(l)
l = [1, 2, 3]; t('insert_grow', lambda: l.insert(Idx2(l, 100, True), 'x')); print(l)
l = [1, 2, 3]; t('pop_grow', lambda: l.pop(Idx2(l, 5, True))); print(l)
l = [1, 2, 3]; t('index_grow', lambda: l.index(5, Idx2(l, 0, True))); print(l)
t('str_idx', lambda: 'abcdef'[Idx2([], 2):Idx2([], 5)])
t('tuple_idx', lambda: (1, 2, 3)[Idx2([], 1)])
t('range_idx', lambda: range(10)[Idx2([], 3)])
class Hz:
    def __init__(self, s): self.s = s
    def __hash__(self): return 1
    def __eq__(self, o):
        self.s.clear()
        return False
s = set()
a = Hz(s); b = Hz(s)
s.add(a)
t('set_add_eq_mut', lambda: s.add(b)); print(len(s))
s = set()
sa = Hz(s); s.add(sa)
t('set_remove_eq_mut', lambda: s.remove(Hz(s)) if 0 else s.discard(Hz(s)))
t('set_discard_eq_mut', lambda: s.discard(Hz(s)))
d = {}
class Hd:
    def __hash__(self): return 1
    def __eq__(self, o):
        d.clear(); return False
d[Hd()] = 1
t('dict_get_eq_mut', lambda: d.get(Hd()))
d[Hd()] = 1
t('dict_set_eq_mut', lambda: d.__setitem__(Hd(), 2)); print(len(d))
d[Hd()] = 1
t('dict_pop_eq_mut', lambda: d.pop(Hd(), 'dflt'))
d = {1: 2}
t('dict_update_self', lambda: d.update(d)); print(d)
l = [1, 2, 3]
t('list_init_self', lambda: l.__init__(l)); print(l)
l = [1, 2, 3]
def gen3():
    yield 1
    l.clear()
    yield 2
t('list_init_gen', lambda: l.__init__(gen3())); print(l)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        ll.append(K(0)); return self.v < o.v
ll = [K(3), K(1), K(2)]
t('sort_lt_grow', lambda: ll.sort()); print(len(ll))
t('min_mut', lambda: min([K(1), K(2)]).v)
l = [1, 2, 3]
t('in_slice', lambda: 2 in l[Idx2(l, 0):])
class F:
    def write(self, s):
        buf.append(s)
buf = []
t('print_file', lambda: print(1, 2, file=F())); print(buf)
t('zip_mut', lambda: [x for x in zip(l, l.clear() or l)])
l = [5, 6]
t('del_idx', lambda: l.__delitem__(Idx2(l, 0))); print(l)
l = [5, 6]
t('set_idx', lambda: l.__setitem__(Idx2(l, 0), 9)); print(l)
