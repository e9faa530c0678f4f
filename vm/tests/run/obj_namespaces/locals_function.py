def f(a, b=2, *args, **kw):
    c = a + b
    loc = locals()
    print(sorted(loc), loc["a"], loc["c"], loc["args"], loc["kw"])
    d = 4
    print("d" in loc, "d" in locals())
    return loc

r = f(1, 3, 9, x=1)
print(sorted(r))

def g():
    x = 1
    locals()["x"] = 99
    return x
print(g())

def closure():
    v = "free"
    def inner():
        w = v
        return sorted(locals())
    return inner()
print(closure())

def cls_locals():
    class K:
        a = 1
        b = a + 1
        snapshot = sorted(locals())
    return K.snapshot
print(cls_locals())
print(locals() is globals())
def comp():
    n = 3
    return [x for x in sorted(locals())]
print(comp())
