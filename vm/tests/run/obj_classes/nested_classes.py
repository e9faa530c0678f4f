class Outer:
    class Inner:
        val = 1
        class Deep:
            val = 2
    def make(self):
        return self.Inner()

print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.val)
print(type(Outer().make()).__qualname__)

def factory(n):
    class Made:
        num = n
        def get(self):
            return self.num + n
    return Made

M1, M2 = factory(1), factory(2)
print(M1().get(), M2().get(), M1 is M2, M1.__qualname__)
print(M1.__name__ == M2.__name__)

def gen_classes():
    out = []
    for i in range(3):
        class C:
            idx = i
        out.append(C)
    return out
print([c.idx for c in gen_classes()])
print(repr(Outer.Inner))
