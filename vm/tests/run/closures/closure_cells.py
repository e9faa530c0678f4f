# Shared cells between sibling closures, closures over loop variables, deleted cells.
def make():
    items = []
    def add(x):
        items.append(x)
    def snapshot():
        return list(items)
    return add, snapshot
add, snap = make()
add(1)
add(2)
print(snap())
def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i * 10)
    i = 99
    return [f() for f in fns]
print(late())
def capture_comprehension():
    x = 5
    return [x + y for y in range(3)]
print(capture_comprehension())
def closure_over_param(n):
    def get():
        return n
    n += 1
    return get()
print(closure_over_param(1))
def unbound_closure():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    v = 1
    return inner()
print(unbound_closure())
def deleted_cell():
    w = 1
    def inner():
        return w
    del w
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(deleted_cell())
def gen_closure():
    base = 10
    def g():
        for k in range(3):
            yield base + k
    base = 20
    return list(g())
print(gen_closure())
