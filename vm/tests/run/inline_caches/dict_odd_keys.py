# Instance __dict__ holding non-str keys and str-subclass keys with custom
# __eq__/__hash__, while attribute load/store sites on the object are hot.

called = []


class S(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        called.append(str(self))
        return str(self) == str(other)


class NeverEq(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        return False


class T(str):
    pass


class C:
    pass


o = C()
o.x = "plain x"
d = o.__dict__
for i in range(8):
    del called[:]
    try:
        r = o.x
    except AttributeError as e:
        r = "AE(%s)" % e
    print(i, r, [type(k).__name__ for k in d], len(d), bool(called))
    if i == 1:
        d[1] = 2                     # non-str key
        d[(1, 2)] = "tuple"
    elif i == 2:
        d[S("x")] = "S value"        # replaces value, keeps the 'x' key
    elif i == 3:
        del d["x"]
        d[S("x")] = "S key"          # now the key itself is an S
    elif i == 4:
        o.x = "stored over S key"    # store finds the S key through __eq__
    elif i == 5:
        del o.x
        d[NeverEq("x")] = "never found"
    elif i == 6:
        o.x = "second x"             # a separate entry next to NeverEq('x')

print(sorted(str(k) for k in d), d[1], d[(1, 2)])
try:
    getattr(o, 1)
except TypeError as e:
    print("TypeError:", e)

print("--- plain str subclass keys")
p = C()
pd = p.__dict__
for i in range(5):
    pd[T("k%d" % i)] = i
    total = 0
    for j in range(i + 1):
        total += getattr(p, "k%d" % j)
    print(i, total, p.k0, hasattr(p, "k%d" % (i + 1)))
p.k0 = "str store"
print(pd[T("k0")], len(pd), [type(k).__name__ for k in pd][:2])
q = C()
setattr(q, T("name"), "via T")
print(q.name, getattr(q, T("name")), "name" in vars(q))
