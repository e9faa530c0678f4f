# Attribute loads, stores and method calls on a local (the compiler fuses
# the local's load with the attribute instruction): the same answers and
# errors as the unfused pair, across cache states.


class P:
    def __init__(self, x):
        self.x = x

    def m(self, k):
        return self.x + k


class Q:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def m(self, k):
        return self.x * k


def loads(objs):
    out = []
    for o in objs:
        out.append(o.x)
    return out


def stores(objs, v):
    for o in objs:
        o.x = v
    return [o.x for o in objs]


def calls(objs):
    return [o.m(2) for o in objs]


objs = [P(1), P(2), Q(3), P(4)]
print(loads(objs), calls(objs))
print(stores(objs, 7), calls(objs))

# A class patched between calls at the same sites.
P.m = lambda self, k: ("patched", self.x, k)
print(calls(objs))
del P.m
try:
    calls(objs)
except AttributeError as e:
    print("AttributeError:", e)

P.m = lambda self, k: self.x + k

# The instance shadows the method; an instance in dictionary mode.
p = P(10)
p.m = lambda k: ("own", k)
print(calls([p]))
q = P(11)
q.y = 1
del q.y
print(loads([q]), stores([q], 12), calls([q]))
vars(q)["x"] = 13
print(loads([q]))


# Unbound locals through each fused instruction.
def unbound_load():
    if False:
        o = None
    return o.x


def unbound_store():
    if False:
        o = None
    o.x = 1


def unbound_method():
    if False:
        o = None
    return o.m(1)


def deleted_then_load():
    o = P(1)
    del o
    return o.x


for f in (unbound_load, unbound_store, unbound_method, deleted_then_load):
    try:
        f()
    except UnboundLocalError as e:
        print(f.__name__, "UnboundLocalError:", e)


# Errors raised by the attribute itself, not the local.
def missing(o):
    return o.nope


def missing_store(o):
    o.nope = 1


for o in (P(1), Q(2), 5, None):
    try:
        missing(o)
    except AttributeError as e:
        print("load", type(o).__name__, e)
    try:
        missing_store(o)
        print("store", type(o).__name__, "ok", o.nope)
    except AttributeError as e:
        print("store", type(o).__name__, e)


# Store order: the value is computed before the local is read.
def store_order():
    if False:
        o = None
    o.x = 1 // 0


try:
    store_order()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


# A property and a descriptor that appear later on the class.
def read_loop(o, n):
    r = []
    for i in range(n):
        r.append(o.x)
        if i == 1:
            P.x = property(lambda self: "prop")
    return r


print(read_loop(P(3), 4))
del P.x
print(read_loop(P(4), 2))
