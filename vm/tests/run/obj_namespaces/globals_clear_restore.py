saved = None
def snapshot():
    return dict(globals())
x = 1
y = 2
snap = snapshot()
def mutate():
    g = globals()
    for k in ("x", "y"):
        del g[k]
mutate()
print("x" in globals(), "y" in globals())
globals().update({k: snap[k] for k in ("x", "y")})
print(x, y)
before = list(globals())
globals()["tail"] = "end"
print(list(globals())[len(before):])
print(globals()["snapshot"] is snapshot)
print(len(snap) < len(globals()))
