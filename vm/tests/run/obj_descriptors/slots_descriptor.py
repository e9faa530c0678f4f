class S:
    __slots__ = ("a", "b")
desc = S.__dict__["a"]
s = S()
desc.__set__(s, 5)
print(s.a, desc.__get__(s, S))
s.b = "bee"
print(getattr(s, "b"))
desc.__delete__(s)
print(hasattr(s, "a"))
class Sub(S):
    def __init__(self):
        self.a = "sub a"
        self.extra = "in dict"
x = Sub()
print(x.a, vars(x))
x.__dict__["a"] = "dict a"
print(x.a)
print(sorted(n for n in S.__dict__ if not n.startswith("__")))
