# `del obj.x` where the class's `x` is a data descriptor with `__set__` but
# no `__delete__`: CPython raises AttributeError('__delete__'), even when
# the instance has its own `x` (found by the generated-program oracle).
class D:
    def __get__(self, obj, cls):
        return 'got'
    def __set__(self, obj, v):
        print('set', v)

class C:
    x = D()

o = C()
o.x = 1
for i in range(3):
    try:
        del o.x
        print('deleted')
    except AttributeError as e:
        print('AttributeError', e)
o.__dict__['x'] = 5
try:
    del o.x
except AttributeError as e:
    print('AttributeError', e)
print(o.x, o.__dict__)
del D.__set__
del o.x
print(o.__dict__, o.x)
