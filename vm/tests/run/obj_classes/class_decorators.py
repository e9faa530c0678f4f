registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls

def add_method(name):
    def deco(cls):
        setattr(cls, name, lambda self: name + " on " + type(self).__name__)
        return cls
    return deco

@register
@add_method("hello")
class A:
    pass

@register
class B(A):
    pass

print(sorted(registry))
print(A().hello(), B().hello())

def replace(cls):
    return "replaced " + cls.__name__
@replace
class Gone:
    pass
print(Gone)

def counted(fn):
    def wrapper(*args, **kw):
        wrapper.calls += 1
        return fn(*args, **kw)
    wrapper.calls = 0
    return wrapper

class M:
    @counted
    def f(self, x):
        return x + 1
m = M()
print(m.f(1), m.f(2), M.f.calls)
