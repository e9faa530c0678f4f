class Boom(Exception):
    pass
class Bad:
    def __len__(self):
        raise Boom("len")
    def __eq__(self, other):
        raise Boom("eq")
    def __hash__(self):
        return 1
    def __iter__(self):
        raise Boom("iter")
    def __getattr__(self, name):
        raise Boom("getattr " + name)
    def __repr__(self):
        raise Boom("repr")
b = Bad()
tests = [
    ("len", lambda: len(b)),
    ("eq", lambda: b == 1),
    ("in list", lambda: b in [b, 2]),
    ("in list2", lambda: 2 in [b]),
    ("list", lambda: list(b)),
    ("attr", lambda: b.foo),
    ("repr", lambda: repr(b)),
    ("str", lambda: str(b)),
    ("hasattr", lambda: hasattr(b, "foo")),
    ("dict", lambda: {b: 1, Bad(): 2}),
]
for name, fn in tests:
    try:
        r = fn()
        print(name, "->", r)
    except Boom as e:
        print(name, "raised Boom", e)

class AttrErrGetattr:
    def __getattr__(self, name):
        raise AttributeError("custom missing " + name)
print(hasattr(AttrErrGetattr(), "x"), getattr(AttrErrGetattr(), "x", "dflt"))
class PropRaises:
    @property
    def p(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "getattr fallback for " + name
print(PropRaises().p)
