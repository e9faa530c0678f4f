class Dyn:
    existing = "existing"
d = Dyn()
try:
    d.anything
except AttributeError as e:
    print("AttributeError:", e)
Dyn.__getattr__ = lambda self, name: "dyn:" + name
print(d.anything, d.existing)
d.anything = "set"
print(d.anything)
del d.anything
print(d.anything)
del Dyn.__getattr__
try:
    d.anything
except AttributeError as e:
    print("AttributeError:", e)
def ga(self, name):
    if name == "special":
        return 42
    raise AttributeError(name)
Dyn.__getattr__ = ga
print(d.special, hasattr(d, "other"), getattr(d, "other", "fallback"))
class Sub(Dyn):
    pass
print(Sub().special)
try:
    Dyn.special
except AttributeError as e:
    print("AttributeError:", e)
