# Instances in dictionary mode read through a site's fast path (a hint: the
# entry index of the name in the instance's own dict, checked on each read).
# The hint must miss, not answer wrongly, when another instance's dict keeps
# the name at another index, when the entry was deleted and re-added, when a
# key equal to the name is no str, and when the class changes under it.


class C:
    y = 'class y'

    def __init__(self, x):
        self.x = x


def read_x(objs):
    out = []
    for o in objs:
        out.append(o.x)
    return out


def read_y(objs):
    out = []
    for o in objs:
        try:
            out.append(o.y)
        except AttributeError as e:
            out.append('AttributeError: ' + str(e))
    return out


a = C(1)
b = C(2)
b.__dict__  # b goes to dictionary mode
c = C(3)
c.__dict__.update({'w': 0})
d = C(4)
del d.x
d.z = 'z'
d.x = 44  # x is now the last entry
objs = [a, b, c, d]
for _ in range(3):
    print(read_x(objs))

# The same hinted site over dicts that keep x at different indexes.
e = C(5)
e.__dict__.clear()
e.__dict__['q'] = 'q'
e.__dict__['x'] = 55
print(read_x([b, e, b, e, c, d]))

# Deleting and re-adding in the dict moves the entry.
del b.__dict__['x']
b.__dict__['k'] = 'k'
b.__dict__['x'] = 22
print(read_x([b, b, c, b]))


class S(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        return str(self) == other


# A key equal to 'x' that is no str.
f = C(6)
f.__dict__
del f.x
f.__dict__[S('x')] = 'from S key'
print(read_x([f, b, f]))

# Instance attribute shadows a class attribute, then goes away.
g = C(7)
g.__dict__
print(read_y([g]))
g.y = 'own y'
print(read_y([g, g]))
del g.y
print(read_y([g, g]))
C.y = 'patched class y'
print(read_y([g, a, g]))
del C.y
print(read_y([g, a]))


# A data descriptor added to the class wins over the dict entry.
class Desc:
    def __get__(self, obj, cls):
        return 'descriptor'

    def __set__(self, obj, v):
        pass


print(read_x([b, c, d]))
C.x = Desc()
print(read_x([b, c, d]))
del C.x
print(read_x([b, c, d]))

# __class__ assignment of a dictionary-mode instance.
class D:
    x = 'D.x'


h = C(8)
h.__dict__
print(read_x([h, h]))
h.__class__ = D
print(read_x([h, h]))
del h.x
print(read_x([h, h]))

# Many reads in a loop through one site.
total = 0
for i in range(1000):
    total += c.x
print(total)
