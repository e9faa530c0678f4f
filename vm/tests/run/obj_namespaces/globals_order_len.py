first = 1
second = 2
def third():
    pass
class Fourth:
    pass
names = [k for k in globals() if not k.startswith("__")]
print(names)
n0 = len(globals())
fifth = 5
print(len(globals()) - n0)
del second
print([k for k in globals() if not k.startswith("__")])
second = "back"
print([k for k in globals() if not k.startswith("__")][-3:])
keys = list(globals().keys())
vals = list(globals().values())
print(keys.index("first") < keys.index("third"), vals[keys.index("fifth")])
items = dict(globals().items())
print(items["second"], items["first"])
snapshot = globals().copy()
snapshot["first"] = "changed in copy"
print(first, type(snapshot).__name__)
print({k: v for k, v in globals().items() if k in ("first", "fifth")})
print(globals() == globals().copy(), globals() != {}, dict(globals()) == globals())
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__builtins__", "__doc__")))
