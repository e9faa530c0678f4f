# Scoping of names across module, functions and lambdas (no classes).
a = 1
def f():
    b = 2
    g = lambda: a + b
    return g()
print(f())
def outer():
    v = "outer v"
    def mid():
        def inner():
            return v
        return inner
    return mid()
print(outer()())
def counter_via_default(d={"n": 0}):
    d["n"] += 1
    return d["n"]
print(counter_via_default(), counter_via_default())
val = "global"
def read_then_shadow_in_inner():
    def inner():
        val = "inner"
        return val
    return inner(), val
print(read_then_shadow_in_inner())
def param_default_scope(x=a):
    a = 99
    return x, a
print(param_default_scope(), a)
def make_closures():
    out = []
    for n in range(3):
        def f(n=n):
            return n
        out.append(f)
    return [g() for g in out]
print(make_closures())
def recursive_local():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(6)
print(recursive_local())
