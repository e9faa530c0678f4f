class A:
    def val(self):
        return "A"
    kind = "a"
class B:
    def val(self):
        return "B"
    kind = "b"
class C(A):
    kind = "c"
class D:
    def __init__(self):
        self.val = lambda: "D-inst"
        self.kind = "d-inst"
class E:
    @property
    def kind(self):
        return "e-prop"
    def __getattr__(self, name):
        return lambda: "E-getattr-" + name

def site(o):
    return o.val() + ":" + o.kind
objs = [A(), B(), C(), D(), E()]
for rnd in range(3):
    print(rnd, [site(o) for o in objs])
    if rnd == 0:
        A.val = lambda self: "A2"
        C.kind = property(lambda self: "c-prop")
    if rnd == 1:
        del A.val
        A.__getattr__ = lambda self, n: (lambda: "A-getattr-" + n)
