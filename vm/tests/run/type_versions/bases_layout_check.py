# __bases__ assignment between object and Python classes: CPython's layout
# check refuses to move a class between `object` and a Python base, and
# allows any change among Python bases.
class Mix:
    a = 'mix'
    def m(self):
        return 'mixm'

class C0:
    a = 1
    def m(self):
        return self.a

class C1(C0):
    b = 2

o = C1()
for bases in [(Mix,), (Mix, C0), (C0, Mix), (C0,)]:
    C1.__bases__ = bases
    print([k.__name__ for k in C1.__mro__], o.m(), o.a)

for target, bases in [(C0, (Mix,)), (C1, (object,)), (Mix, (C0,))]:
    try:
        target.__bases__ = bases
        print('ok', target.__name__)
    except TypeError as e:
        print('TypeError', e)
    print([k.__name__ for k in target.__mro__])

class Plain:
    pass
Plain.__bases__ = (object,)
print([k.__name__ for k in Plain.__mro__])
