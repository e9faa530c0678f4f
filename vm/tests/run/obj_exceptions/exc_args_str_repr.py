cases = [
    ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(3),
    KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(5),
    IndexError("list index out of range"), TypeError(None),
    Exception(""), Exception([1, 2]), RuntimeError(("t",)),
]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<>"
print(repr(WithRepr("q")), str(WithRepr("q")))
try:
    {}["missing"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    [][3]
except IndexError as e:
    print(e.args, str(e))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.args)
