import data_mod
d = data_mod.__dict__
print(d is vars(data_mod), isinstance(d, dict))
print([k for k in d if not k.startswith("__")])
d["third"] = 3
print(data_mod.third, data_mod.fn())
data_mod.fourth = 4
print("fourth" in d, d["fourth"])
del d["first"]
print(hasattr(data_mod, "first"))
setattr(data_mod, "fifth", 5)
print(getattr(data_mod, "fifth"), data_mod.__dict__.get("fifth"))
delattr(data_mod, "fifth")
try:
    data_mod.fifth
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(data_mod, "fifth")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(data_mod, "missing", "default"))
print(sorted(n for n in dir(data_mod) if not n.startswith("__")))
print(d["__name__"], "__builtins__" in d)
d.update(first="one", sixth=6)
print(data_mod.first, data_mod.sixth)
print([k for k in d if not k.startswith("__")])
del data_mod.third
try:
    data_mod.fn()
except NameError as e:
    print("NameError:", e)
