class Detailed(Exception):
    code = 500
    def __init__(self, msg, **extra):
        super().__init__(msg)
        for k, v in extra.items():
            setattr(self, k, v)

try:
    raise Detailed("oops", user="bob", retry=True)
except Detailed as e:
    print(e.code, e.user, e.retry, e.args, sorted(vars(e)))
e = Detailed("x")
e.code = 404
print(e.code, Detailed.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
n = NoSuper(1, 2)
print(n.args, repr(n), str(n), n.a)
try:
    raise NoSuper(3, 4)
except NoSuper as ex:
    print(ex.args, ex.a + ex.b)
class NewStyle(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.marker = "set in new"
        return obj
ns = NewStyle("q")
print(ns.marker, ns.args)
print(isinstance(ns, BaseException), isinstance(ns, NewStyle))
