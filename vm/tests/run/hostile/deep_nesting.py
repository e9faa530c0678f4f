# Containers nested 100 000 deep: repr, str, formatting, comparison, `in`,
# sorting and printing raise RecursionError with CPython's messages (the
# depth count is the one Python calls use), hashing works as in CPython,
# and dropping million-long chains of lists, tuples, dicts and objects does
# not run the native stack out.


def t(name, f):
    try:
        r = f()
        print(name, 'ok', r if not isinstance(r, str) else len(r))
    except BaseException as e:
        print(name, type(e).__name__, e)


def nest_list(n):
    x = []
    for i in range(n):
        x = [x]
    return x


def nest_tuple(n):
    x = ()
    for i in range(n):
        x = (x,)
    return x


def nest_dict(n):
    x = {}
    for i in range(n):
        x = {1: x}
    return x


N = 100000
a = nest_list(N)
b = nest_list(N)
t('repr_list', lambda: repr(a))
t('str_list', lambda: str(a))
t('eq_list', lambda: a == b)
t('ne_list', lambda: a != b)
t('lt_list', lambda: a < b)
ta = nest_tuple(N)
tb = nest_tuple(N)
t('repr_tuple', lambda: repr(ta))
t('eq_tuple', lambda: ta == tb)
t('hash_tuple', lambda: hash(ta) == hash(tb))
da = nest_dict(N)
db = nest_dict(N)
t('repr_dict', lambda: repr(da))
t('eq_dict', lambda: da == db)
t('in_list', lambda: a in [b])
t('print', lambda: print(a))
t('fstring', lambda: f"{a}")
t('str_format', lambda: "{}".format(a))
t('percent_s', lambda: "%s" % (a,))
t('percent_r', lambda: "%r" % (a,))
t('sorted', lambda: sorted([a, b]))
t('max', lambda: max([a, b]))
t('set_print', lambda: {ta})
t('dict_key_print', lambda: {ta: 1})
# Shallow nesting still works, and cycles print as [...].
s = nest_list(50)
t('shallow', lambda: repr(s).count('['))
c = [1]
c.append(c)
t('cycle', lambda: repr(c))
t('cycle_eq', lambda: c == c)
# The limit is the one Python calls use: a deep call stack leaves less room.
def deep_call(n):
    if n == 0:
        return repr(nest_list(900))
    return deep_call(n - 1)
t('near_limit', lambda: deep_call(50))
t('past_limit', lambda: deep_call(200))
cls = int
for i in range(N):
    cls = (cls,)
t('isinstance_nested', lambda: isinstance(1, cls))
t('issubclass_nested', lambda: issubclass(int, cls))
t('isinstance_shallow', lambda: isinstance(1, (str, (float, (int,)))))
del a, b, ta, tb, da, db


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


def chain(kind, n):
    x = None
    for i in range(n):
        if kind == 'obj':
            x = Node(x)
        elif kind == 'list':
            x = [x]
        elif kind == 'tuple':
            x = (x,)
        else:
            x = {'k': x}
    return x


for kind in ('obj', 'list', 'tuple', 'dict'):
    c = chain(kind, 1000000)
    del c
    print(kind, 'chain dropped')
x = chain('obj', 1000000)
x = None
print('chain rebound')
holder = [chain('list', 1000000)]
holder.clear()
print('chain cleared')
