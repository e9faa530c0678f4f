# globals() is a live view of the module namespace.
g = globals()
print(isinstance(g, dict), g is globals(), g["__name__"])
g["made_here"] = 123
print(made_here)
x = 1
print(g["x"], "x" in g, "nope" in g)
x = 2
print(g["x"])
del g["made_here"]
try:
    made_here
except NameError as e:
    print("NameError:", e)
def reads_global():
    return dynamic_value
g["dynamic_value"] = "set through globals()"
print(reads_global())
g.update({"dynamic_value": "updated", "other": 7})
print(reads_global(), other)
print(g.get("missing", "default"), g.setdefault("sd", 5), sd, g.pop("sd"), "sd" in g)
user_keys = [k for k in g if not k.startswith("__")]
print(user_keys)
def set_via_globals(name, value):
    globals()[name] = value
set_via_globals("late", [1, 2])
print(late)
print(len(g) == len(globals()), g == globals())
