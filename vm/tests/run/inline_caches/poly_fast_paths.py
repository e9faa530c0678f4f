# Polymorphic sites (2-4 classes) read, write and call through the cache's
# polymorphic copies; every change below must be seen at once by the same
# sites: a class patched mid-loop, a property added over an instance
# attribute, __class__ assignment, an instance put in dictionary mode, a
# method shadowed by an instance attribute, a fifth class (megamorphic).


class A:
    def __init__(self):
        self.x = 1

    def m(self):
        return "A.m"


class B:
    def __init__(self):
        self.pad = 0
        self.x = 2

    def m(self):
        return "B.m"


class C:
    def __init__(self):
        self.pad = 0
        self.pad2 = 0
        self.x = 3

    def m(self):
        return "C.m"


class D(A):
    def m(self):
        return "D.m"


class E:
    x = "E.class"

    def m(self):
        return "E.m"


def load(objs):
    return [o.x for o in objs]


def store(objs, v):
    for o in objs:
        o.x = v


def call(objs):
    return [o.m() for o in objs]


objs = [A(), B(), C(), D()]
for round in range(3):
    print(round, load(objs), call(objs))
store(objs, 7)
print("stored", load(objs))

# A method patched on a base: D's instances see it only through A (D has its own m).
A.m = lambda self: "A.m patched"
print("patched", call(objs))
del D.m
print("D.m deleted", call(objs))

# A property over the instance attribute on one class wins at once.
B.x = property(lambda self: "B.x property")
print("property", load(objs))
try:
    store(objs, 8)
except AttributeError as e:
    print("AttributeError", e)
print("after failed store", load(objs))
del B.x
print("property gone", load(objs))

# __class__ assignment moves an instance between the site's classes.
objs[0].__class__ = C
print("class assigned", load(objs), call(objs))

# An instance attribute shadows the class's method.
objs[2].m = lambda: "instance m"
print("shadowed", call(objs))
del objs[2].m
print("unshadowed", call(objs))

# Dictionary mode (a deletion) keeps the answers.
del objs[1].pad
objs[1].x = "dict mode"
print("dict mode", load(objs))
store(objs, 9)
print("dict mode stored", load(objs))
del objs[1].x
try:
    load(objs)
except AttributeError as e:
    print("AttributeError", e)
objs[1].x = 10

# A fifth class turns the sites megamorphic; answers stay the same.
objs.append(E())
print("mega", load(objs), call(objs))
store(objs, 11)
print("mega stored", load(objs), E.x)
