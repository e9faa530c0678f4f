# The special methods the container operations look up by an interned
# name: __getitem__ (a function, a staticmethod, a classmethod, a callable
# object, inherited, replaced on the class at run time, on a dict subclass
# with and without __missing__), __setitem__, __delitem__, __contains__,
# __len__ and __next__.
class G:
    def __getitem__(self, k):
        return ("G", k)

g = G()
print(g[1], g[1, 2], g["a":"b"])

class S:
    @staticmethod
    def __getitem__(k):
        return ("static", k)

class C:
    @classmethod
    def __getitem__(cls, k):
        return (cls.__name__, k)

class Call:
    def __call__(self, *a):
        return ("callable", len(a))

class O:
    __getitem__ = Call()

print(S()[3], C()[4], O()[5])

class Sub(G):
    pass

sub = Sub()
print(sub[6])
G.__getitem__ = lambda self, k: ("replaced", k)
print(g[7], sub[8])
del G.__getitem__
try:
    g[9]
except TypeError as e:
    print("TypeError:", e)

class D(dict):
    pass

class DM(dict):
    def __missing__(self, k):
        return ("missing", k)

class DG(dict):
    def __getitem__(self, k):
        return ("DG", k)

d, dm, dg = D(a=1), DM(a=1), DG(a=1)
print(d["a"], dm["a"], dm["zz"], dg["a"])
try:
    d["zz"]
except KeyError as e:
    print("KeyError:", e)

class M:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __contains__(self, k):
        return k in self.data
    def __len__(self):
        return len(self.data)

m = M()
m["x"] = 1
m["y"] = 2
print(len(m), "x" in m, "z" in m, "z" not in m)
del m["x"]
print(len(m), "x" in m)
try:
    del m["nope"]
except KeyError as e:
    print("KeyError:", e)

class BadLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

for n in (0, 3, -1, "3", 2 ** 70, -2 ** 70):
    try:
        print(len(BadLen(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

class NoLen:
    pass

try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)

class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Count(4)), sum(Count(10)), [x * 2 for x in Count(3)])
it = Count(2)
print(next(it), next(it), next(it, "end"))

class NotIter:
    def __iter__(self):
        return 42
try:
    for x in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)

# __getitem__ as Python functions of every shape: defaults, *args, a
# generator, raising, recursing, wrong arity, keyword-only.
class Shapes:
    def __init__(self, kind):
        self.kind = kind

class WithDefault:
    def __getitem__(self, k, extra=10):
        return k + extra

class WithStar:
    def __getitem__(self, *a):
        return a[1:]

class Gen:
    def __getitem__(self, k):
        yield k
        yield k * 2

class Raises:
    def __getitem__(self, k):
        raise IndexError(k)

class Deep:
    def __getitem__(self, k):
        return self[k + 1] if k < 50 else k

class Endless:
    def __getitem__(self, k):
        return self[k + 1]

class NoArg:
    def __getitem__(self):
        return 0

class KwOnly:
    def __getitem__(self, k, *, flag):
        return flag

print(WithDefault()[5], WithStar()[6], list(Gen()[7]), Deep()[0])
try:
    Raises()[3]
except IndexError as e:
    print("IndexError:", e)
try:
    Endless()[0]
except RecursionError:
    print("RecursionError")
for obj in (NoArg(), KwOnly()):
    try:
        obj[1]
    except TypeError as e:
        print("TypeError:", e)

# A sequence protocol through __getitem__ alone: iteration stops at IndexError.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(Seq()), 4 in Seq(), 1 in Seq())
