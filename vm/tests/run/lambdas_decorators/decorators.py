# Function decorators: simple, with arguments, stacked, preserving behaviour.
def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, kwargs)
        result = f(*args, **kwargs)
        print("ret", f.__name__, result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=6)
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))
def bold(f):
    return lambda: "<b>" + f() + "</b>"
def italic(f):
    return lambda: "<i>" + f() + "</i>"
@bold
@italic
def text():
    return "txt"
print(text())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one():
    return 1
@register
def two():
    return 2
print(registry, one(), two())
def counted(f):
    count = 0
    def wrapper(*a):
        nonlocal count
        count += 1
        return f(*a), count
    return wrapper
@counted
def ident(x):
    return x
print(ident("a"), ident("b"), ident("c"))
def replace_with_value(f):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
order = []
def mark(label):
    order.append("factory " + label)
    def deco(f):
        order.append("apply " + label)
        return f
    return deco
@mark("outer")
@mark("inner")
def target():
    pass
print(order)
