g = globals()
g["made"] = 1
print(made)
made = 2
print(g["made"])
def reader():
    return made
g["made"] = 3
print(reader())
del g["made"]
try:
    reader()
except NameError as e:
    print("NameError:", e)
print("made" in g, "reader" in g, "g" in g)
g.update({"u1": "one", "u2": "two"})
print(u1, u2)
print(g.get("u1"), g.get("nope"), g.get("nope", 0))
print(g.pop("u2"), "u2" in g)
try:
    g.pop("u2")
except KeyError as e:
    print("KeyError:", e)
print(g.pop("u2", "gone"))
print(g.setdefault("sd", [1]), g.setdefault("sd", [2]), sd)
print(isinstance(g, dict), g is globals(), type(g).__name__)
def writer():
    globals()["from_fn"] = "written in fn"
writer()
print(from_fn)
