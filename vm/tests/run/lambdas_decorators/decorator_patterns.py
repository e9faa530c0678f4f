# Decorators that validate, cache, and time-stamp using counters (no clocks).
def check_positive(f):
    def wrapper(x):
        if x < 0:
            raise ValueError("negative input: " + str(x))
        return f(x)
    return wrapper
@check_positive
def root(x):
    return x ** 0.5
print(root(16))
try:
    root(-4)
except ValueError as e:
    print("ValueError:", e)
def cache(f):
    store = {}
    def wrapper(*args):
        if args in store:
            return ("cached", store[args])
        store[args] = f(*args)
        return ("fresh", store[args])
    return wrapper
@cache
def slow_add(a, b):
    return a + b
print(slow_add(1, 2), slow_add(1, 2), slow_add(2, 1))
tick = [0]
def stamped(f):
    def wrapper(*a, **k):
        tick[0] += 1
        return (tick[0], f(*a, **k))
    return wrapper
@stamped
def mul(a, b):
    return a * b
print(mul(2, 3), mul(4, 5), mul(a=1, b=1))
def default_args(**defaults):
    def deco(f):
        def wrapper(**kw):
            merged = dict(defaults)
            merged.update(kw)
            return f(**merged)
        return wrapper
    return deco
@default_args(x=1, y=2)
def show(x, y):
    return f"x={x} y={y}"
print(show(), show(y=5), show(x=0, y=0))
def deco_with_state(f):
    calls = []
    def wrapper(v):
        calls.append(v)
        return f(v), list(calls)
    return wrapper
@deco_with_state
def double(v):
    return v * 2
print(double(1))
print(double(2))
