# The builtins namespace takes a key whose equality runs Python code while
# the module's own namespace stays as it was: builtins, shadowing and
# un-shadowing must still be seen at once.
import builtins


class Key:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        return self is other


def lengths():
    return len("ab"), abs(-3)


print(lengths())
key = Key()
builtins.__dict__[key] = "odd"
print(lengths(), builtins.__dict__[key])
len = lambda s: "shadowed"
print(lengths())
del len
print(lengths())
saved = builtins.abs
builtins.abs = lambda x: "patched"
print(lengths())
del builtins.abs
try:
    lengths()
except NameError as e:
    print("NameError:", e)
builtins.abs = saved
del builtins.__dict__[key]
print(lengths(), key in builtins.__dict__)
