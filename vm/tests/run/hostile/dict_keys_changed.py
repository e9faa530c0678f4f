# A dict changed at the same size while it is iterated (a key deleted,
# another added): CPython's iterator counts the entries still to come and
# raises "dictionary keys changed during iteration" when it finds more;
# keys, values and items alike, module globals too (under every namespace
# strategy). A size change stays "changed size" (sticky); a keys change
# ends the iterator. (Churn long enough to make the table compact or resize
# is left out: where iteration goes on then depends on the table's layout.)
def t(name, f):
    try:
        r = f()
        print(name, 'ok', repr(r))
    except BaseException as e:
        print(name, type(e).__name__, e)

def churn(view):
    def f():
        d = {1: 1, 2: 2}
        seen = []
        it = iter(view(d))
        for k in it:
            seen.append(k)
            key = k if view is iter_keys else None
            first = next(iter(d))
            del d[first]
            d[first + 10] = first
        return seen
    return f
iter_keys = lambda d: d
t('keys', churn(iter_keys))
t('keys_view', churn(lambda d: d.keys()))
t('values', churn(lambda d: d.values()))
t('items', churn(lambda d: d.items()))
def one_key():
    d = {1: 1}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[2] = 2
    return seen
t('one_key', one_key)
def swap_fewer():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[2]
            d[4] = 4
    return seen, d
t('swap_fewer', swap_fewer)
def sticky():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    del d[2]; d[3] = 3
    r = [next(it)]
    del d[1]; d[5] = 5
    try:
        next(it)
    except RuntimeError as e:
        r.append(str(e))
    r.append(list(it))
    return r
t('sticky', sticky)
def size_sticky():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = 3
    r = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            r.append(str(e))
    del d[3]
    try:
        r.append(next(it))
    except RuntimeError as e:
        r.append(str(e))
    return r
t('size_sticky', size_sticky)
def hint():
    d = {1: 1, 2: 2, 3: 3}
    it = iter(d)
    a = it.__length_hint__()
    next(it)
    b = it.__length_hint__()
    del d[3]; d[4] = 4
    c = it.__length_hint__()
    d[5] = 5
    e = it.__length_hint__()
    return a, b, c, e
def list_of():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    del d[1]; d[3] = 3
    return list(it)
t('list_of', list_of)
def replace_value():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 10
    return d
t('replace_value', replace_value)
def readd_same():
    d = {1: 1, 2: 2}
    seen = []
    for k in d:
        seen.append(k)
        if len(seen) > 5: break
        del d[k]
        d[k] = 0
    return seen
t('readd_same', readd_same)
# module globals
zz1 = 1
zz2 = 2
def globals_churn():
    seen = []
    n = 0
    for k in globals():
        if k.startswith('zz'):
            seen.append(k)
            n += 1
            g = globals()
            del g['zz%d' % n]
            g['zz%d' % (n + 10)] = n
    return seen
t('globals_churn', globals_churn)
def globals_items():
    g = globals()
    it = iter(g.items())
    next(it)
    g['zz_new'] = 1
    try:
        next(it)
    except RuntimeError as e:
        return str(e)
t('globals_items', globals_items)
