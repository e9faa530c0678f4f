import target_mod
import target_mod as tm

print(target_mod.get_counter(), target_mod.get_label(), target_mod.bump())
v = vars(target_mod)
d = target_mod.__dict__
print(v is d, type(v).__name__)

v["counter"] = 50
print(target_mod.counter, target_mod.get_counter(), target_mod.bump(), d["counter"])
d["label"] = "via __dict__"
print(target_mod.label, tm.get_label())
target_mod.label = "via attr"
print(v["label"], tm.get_label())

# new name through the dict, read by a module function
try:
    tm.get_extra()
except NameError as e:
    print("NameError:", e)
v["extra"] = "E"
print(tm.get_extra(), tm.extra, hasattr(tm, "extra"))
del d["extra"]
print(hasattr(tm, "extra"))
try:
    tm.get_extra()
except NameError as e:
    print("NameError:", e)
try:
    tm.extra
except AttributeError as e:
    print("AttributeError:", e)
tm.extra = "attr"
print(tm.get_extra(), v["extra"])
delattr(tm, "extra")
print("extra" in v)

# module-level shadowing of a builtin through its dict
print(tm.own_len("abc"))
v["len"] = lambda x: "mod len"
print(tm.own_len("abc"), len("abc"))
del v["len"]
print(tm.own_len("abc"))
tm.len = lambda x: "attr len"
print(tm.own_len("abc"))
del tm.len
print(tm.own_len("abcd"))

# order after delete / re-add
print(tm.own_keys_tail(2))
del v["counter"]
print("counter" in v, tm.own_keys_tail(1))
try:
    tm.bump()
except NameError as e:
    print("NameError:", e)
v["counter"] = 7
print(tm.own_keys_tail(2), tm.bump())
v.pop("label")
tm.label = "L2"
print(tm.own_keys_tail(2), tm.get_label())
print(list(v)[-3:] == tm.own_keys_tail(3))

# dict methods on vars(module)
print(v.get("counter"), v.get("nope", "dflt"), "bump" in v)
v.update({"counter": 1, "label": "upd"})
print(tm.get_counter(), tm.get_label())
print(v.setdefault("counter", 99), v.setdefault("fresh", "F"), tm.fresh)
snapshot = dict(v)
tm.counter = 500
print(snapshot["counter"], v["counter"])
print(v["__name__"], tm.__name__)

# the module's function globals is the same mapping
print(tm.get_counter.__globals__ is v)
tm.get_counter.__globals__["counter"] = 321
print(tm.counter)

# __builtins__ in an imported module is the builtins dict; in __main__ the module
print(type(v["__builtins__"]).__name__, type(__builtins__).__name__)
print(isinstance(v["__builtins__"], dict), "__builtins__" in v)
