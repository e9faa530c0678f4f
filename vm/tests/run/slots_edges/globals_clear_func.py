# globals().clear() inside a function, then restore from a saved copy.
a = 1
b = "two"

def wipe_and_restore():
    g = globals()
    saved = g.copy()
    n_before = len(g)
    g.clear()
    n_after = len(g)
    has_a = "a" in g
    has_b = "__builtins__" in g
    try:
        a
        got = "a present"
    except NameError as e:
        got = e
    g.update(saved)
    return n_before > 2, n_after, has_a, has_b, got

r = wipe_and_restore()
print(r[0], r[1], r[2], r[3])
print(r[4])
print(a, b, len(globals()) > 2)

# after restore, previously linked functions work again
def reader():
    return a, b, len("xyz")
print(reader())

def wipe_only_reads_locals():
    g = globals()
    saved = dict(g)
    g.clear()
    local_list = [1, 2, 3]
    out = local_list + [9]
    count = 0
    for v in out:
        count = count + v
    g.update(saved)
    return out, count

print(wipe_only_reads_locals())
print(reader())

# after clear, builtins still reachable (builtins from the frame)
def clear_and_call_builtin():
    g = globals()
    saved = dict(g)
    g.clear()
    try:
        res = len("abcd")
    except NameError as e:
        res = str(e)
    g.update(saved)
    return res
print(clear_and_call_builtin())

# clear a module namespace of exec'd code
ns = {}
exec("p = 1\ndef f():\n    return p\n", ns)
print(ns["f"]())
f = ns["f"]
ns.clear()
try:
    f()
except NameError as e:
    print("NameError:", e)
ns["p"] = 2
print(f())

# order after restore
print(list(globals())[-3:])

# partial wipe: delete every non-dunder name except a few, then restore
def partial():
    g = globals()
    saved = dict(g)
    keep = ("partial", "saved")
    for k in list(g):
        if not k.startswith("__") and k not in keep:
            del g[k]
    names = sorted(k for k in g if not k.startswith("__"))
    for k in saved:
        if k not in g:
            g[k] = saved[k]
    return names
print(partial())
print(reader(), list(globals())[-3:])
