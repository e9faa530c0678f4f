# Descriptors only work when stored on the class, not on the instance.
class D:
    def __get__(self, obj, owner):
        return "descriptor result"
    def __repr__(self):
        return "D()"
class Host:
    pass
h = Host()
h.attr = D()
print(h.attr)
Host.attr2 = D()
print(h.attr2)
h.prop = property(lambda self: "prop")
print(type(h.prop).__name__)
Host.prop2 = property(lambda self: "prop2 value")
print(h.prop2)
def fn(self=None):
    return "called with " + type(self).__name__
h.fn = fn
print(h.fn())
Host.fn2 = fn
print(h.fn2())
Host.sm = staticmethod(fn)
print(h.sm())
