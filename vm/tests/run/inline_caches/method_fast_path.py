# `obj.m(...)` where obj is a local: the call site's fast path remembers the
# function for one (class version, shape). Each change below must reach
# the next call: an instance attribute that shadows the method, the method
# replaced on the class or a base, __class__ assignment, dictionary mode
# (where the shape proves nothing), a __getattribute__ added later, and a
# site fed several classes in turn.


class A:
    def m(self, x):
        return ('A.m', x)


class B(A):
    pass


class C:
    def m(self, x):
        return ('C.m', x)


def call_all(objs, x):
    out = []
    for o in objs:
        out.append(o.m(x))
    return out


def call_n(o, n):
    r = None
    for i in range(n):
        r = o.m(i)
    return r


a = A()
print(call_n(a, 3))
a.m = lambda x: ('own', x)
print(call_n(a, 3))
del a.m
print(call_n(a, 3))

b = B()
print(call_n(b, 2))
A.m = lambda self, x: ('patched A.m', x)
print(call_n(b, 2))
B.m = lambda self, x: ('B.m', x)
print(call_n(b, 2))
del B.m
print(call_n(b, 2))

c = C()
print(call_n(c, 2))
c.__class__ = B
print(call_n(c, 2))

d = A()
d.__dict__['m'] = lambda x: ('from __dict__', x)
print(call_n(d, 2))
del d.__dict__['m']
print(call_n(d, 2))

e = C()
print(call_n(e, 2))


def getattribute(self, name):
    if name == 'm':
        return lambda x: ('__getattribute__', x)
    return object.__getattribute__(self, name)


C.__getattribute__ = getattribute
print(call_n(e, 2))
del C.__getattribute__
print(call_n(e, 2))

print(call_all([A(), B(), C(), A(), C()], 9))
for i in range(3):
    print(call_all([C(), B()], i))


class Slotted:
    __slots__ = ('m',)

    def __init__(self):
        self.m = lambda x: ('slot', x)


print(call_n(Slotted(), 2))


class WithStatic:
    @staticmethod
    def m(x):
        return ('static', x)

    @classmethod
    def k(cls, x):
        return (cls.__name__, x)


w = WithStatic()
print(call_n(w, 2), w.k(1))
try:
    call_n(object(), 1)
except AttributeError as err:
    print('AttributeError:', err)
