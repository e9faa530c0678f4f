class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both-str"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
class OnlyStr:
    def __str__(self):
        return "only-str"

b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s)
print(repr(b), repr(r), str(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r} {r!s}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(repr(s).startswith("<__main__.OnlyStr object"))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

class Dyn:
    pass
d = Dyn()
Dyn.__repr__ = lambda self: "Dyn-patched"
print(d, repr(d))
d.__repr__ = lambda: "instance ignored"
print(repr(d))
class Fmt:
    def __format__(self, spec):
        return "Fmt[" + spec + "]"
print(f"{Fmt():>10}", format(Fmt(), "abc"), "{:x}".format(Fmt()))
