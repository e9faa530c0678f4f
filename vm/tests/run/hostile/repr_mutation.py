# repr of containers whose items' __repr__ changes the container: lists
# read their length again before each item, dicts go on from their position
# (deleted entries skipped, added ones printed), sets print the items they
# had. Set subclasses print their class name; a dict view that holds itself
# prints "...". (A dict resized by an item's __repr__ is left out: where
# CPython goes on then depends on its table's compaction.)
def t(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except BaseException as e:
        print(name, type(e).__name__, e)

class Clear:
    def __init__(self, c): self.c = c
    def __repr__(self):
        self.c.clear()
        return 'M'
def list_clear_last():
    l = [1]; l.append(Clear(l)); return repr(l)
def list_clear_first():
    l = []; l.append(Clear(l)); l.append(1); l.append(2); return repr(l)
class Grow:
    def __init__(self, c): self.c = c; self.n = 0
    def __repr__(self):
        if self.n < 2:
            self.n += 1
            self.c.append(self.n)
        return 'G'
def list_grow():
    l = []; l.append(Grow(l)); return repr(l)
class Pop:
    def __init__(self, c): self.c = c
    def __repr__(self):
        if self.c: self.c.pop()
        return 'P'
def list_pop():
    l = [1]; l.append(Pop(l)); l.append(3); l.append(4); return repr(l)
class Ins:
    def __init__(self, c): self.c = c; self.done = False
    def __repr__(self):
        if not self.done:
            self.done = True
            self.c.insert(0, 'x')
        return 'I'
def list_insert():
    l = [1]; l.append(Ins(l)); l.append(3); return repr(l)
class DClear:
    def __init__(self, d): self.d = d
    def __repr__(self):
        self.d.clear(); return 'R'
def dict_clear():
    d = {}; d[1] = DClear(d); d[2] = 2; return repr(d)
def dict_clear_key():
    d = {}; d[DClear(d)] = 1; d[2] = 2; return repr(d)
class DDel:
    def __init__(self, d, k): self.d = d; self.k = k
    def __repr__(self):
        self.d.pop(self.k, None); return 'D'
def dict_del_next():
    d = {}; d[1] = DDel(d, 2); d[2] = 2; d[3] = 3; return repr(d)
def dict_del_self():
    d = {}; d[1] = DDel(d, 1); d[2] = 2; return repr(d)
class DAdd:
    def __init__(self, d): self.d = d; self.n = 0
    def __repr__(self):
        if self.n < 2:
            self.n += 1
            self.d[10 + self.n] = self.n
        return 'A'
def dict_add():
    d = {}; d[1] = DAdd(d); d[2] = 2; return repr(d)
class DRepl:
    def __init__(self, d): self.d = d; self.done = False
    def __repr__(self):
        if not self.done:
            self.done = True
            del self.d[2]; self.d[2] = 'two'
        return 'Q'
def dict_replace():
    d = {}; d[1] = DRepl(d); d[2] = 2; d[3] = 3; return repr(d)
class SClear:
    def __init__(self, s): self.s = s
    def __repr__(self):
        self.s.clear(); return 'S'
    def __hash__(self): return 0
def set_clear():
    s = {1, 2}; s.add(SClear(s)); return sorted(repr(s)[1:-1].split(', '))
class SAdd:
    def __init__(self, s): self.s = s
    def __repr__(self):
        self.s.add(99); return 'S'
    def __hash__(self): return 0
def set_add():
    s = set(); s.add(SAdd(s)); return repr(s), len(s)
class Sub(set): pass
class FSub(frozenset): pass
class LSub(list): pass
class DSub(dict): pass
t('list_clear_last', list_clear_last)
t('list_clear_first', list_clear_first)
t('list_grow', list_grow)
t('list_pop', list_pop)
t('list_insert', list_insert)
t('dict_clear', dict_clear)
t('dict_clear_key', dict_clear_key)
t('dict_del_next', dict_del_next)
t('dict_del_self', dict_del_self)
t('dict_add', dict_add)
t('dict_replace', dict_replace)
t('set_clear', set_clear)
t('set_add', set_add)
t('subs', lambda: (repr(Sub()), repr(Sub([1])), repr(FSub()), repr(FSub([1])), repr(LSub([1])), repr(DSub(a=1)), repr(frozenset())))
def rec_set():
    class H:
        def __init__(self): self.s = None
        def __repr__(self): return 'H' + repr(self.s)
        def __hash__(self): return 1
    h = H(); s = {h}; h.s = s; return repr(s)
t('rec_set', rec_set)
def rec_list():
    l = [1]; l.append(l); d = {}; d[1] = d; d[2] = l; return repr(d)
t('rec', rec_list)
class Bad:
    def __repr__(self): raise ValueError('no')
t('bad_in_list', lambda: repr([1, Bad()]))
t('bad_in_dict_key', lambda: repr({Bad(): 1}))
def view_rec():
    d = {}; d[1] = d.values(); return repr(d.values()), repr(d)
t('view_rec', view_rec)
def view_keys():
    d = {1: 2}; return repr(d.keys()), repr(d.items())
t('view_keys', view_keys)
class VAdd:
    def __init__(self, d): self.d = d
    def __repr__(self):
        self.d[5] = 5; return 'V'
def view_mut():
    d = {}; d[1] = VAdd(d); return repr(d.values()), len(d)
t('view_mut', view_mut)
class S2(set):
    def __repr__(self): return 'S2!'
t('set_sub_repr', lambda: (repr(S2([1])), str(S2([1]))))
class FS(frozenset): pass
def rec_sub():
    class H:
        def __init__(self): self.s = None
        def __repr__(self): return 'H' + repr(self.s)
        def __hash__(self): return 1
    h = H(); s = Sub([h]); h.s = s; return repr(s)
t('rec_sub', rec_sub)
t('str_sub', lambda: str(Sub([1])) + str(FS()))

# module globals: the globals() dict under every namespace strategy
class GAdd:
    def __repr__(self):
        globals()['zz_added'] = 1
        return 'GA'
class GDel:
    def __repr__(self):
        globals().pop('zz_victim', None)
        return 'GD'
def globals_repr():
    g = globals()
    keys = [k for k in g if k.startswith('zz_')]
    r = repr(g)
    return keys, r[r.index("'zz_"):]
zz_a = GDel()
zz_victim = 5
zz_b = GAdd()
t('globals_repr', globals_repr)
