# Keys whose equality runs Python code, in module namespaces. Under
# -X namespaces=slots the module's slots become a hash table when the first
# such key arrives; everything must go on exactly as in CPython.
import builtins


class K:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("  K.__eq__", self.name, repr(other))
        return isinstance(other, K) and other.name == self.name

    def __repr__(self):
        return "K(%r)" % self.name


g = 1
shadow = "global"


def read():
    return g, len("abc"), shadow


def write(v):
    global g
    g = v


def remove():
    global g
    del g


print(read())
k1 = K("one", 1)
print(K("one", 1) in globals())
globals()[k1] = "first"
print("stored")
print(globals()[k1], globals()[K("one", 1)])
print(K("two", 1) in globals(), K("one", 2) in globals())
globals()[K("one", 1)] = "replaced"
print(globals()[k1])
print(read())
write(2)
print(read(), g)
len = lambda s: -1
print(read())
del len
print(read())
remove()
try:
    read()
except NameError as e:
    print("NameError:", e)
write(3)
print(read())
print([k for k in globals() if not isinstance(k, str) or k in ("g", "shadow", "k1")])
del globals()[k1]
print(k1 in globals(), len(read()))


# A key equal to a name: CPython finds the existing entry through K.__eq__.
class Same:
    def __hash__(self):
        return hash("shadow")

    def __eq__(self, other):
        print("  Same.__eq__", repr(other))
        return other == "shadow"


globals()[Same()] = "through Same"
print(shadow, read())


def later():
    return g * 10


print(later())
exec("g = 4\nprint('exec sees', g, len('ab'))", globals())
print(later(), [k for k in globals().keys()][-3:])

# The builtins module namespace too.
original_len = builtins.len
kb = K("b", 7)
builtins.__dict__[kb] = "in builtins"
print(len("abcd"), read())
builtins.len = lambda s: 99
print(len("x"), read())
builtins.len = original_len
del builtins.__dict__[kb]
print(len("x"), read(), kb in builtins.__dict__)
