class C:
    @property
    def x(self): return 1
    y = property(lambda s: 2)
C.z = property(lambda s: 3)
c = C()
for n in "xyz":
    try:
        setattr(c, n, 5)
    except AttributeError as e:
        print(e)
    try:
        delattr(c, n)
    except AttributeError as e:
        print(e)
class D(C):
    pass
try:
    D().x = 3
except AttributeError as e:
    print(e)
