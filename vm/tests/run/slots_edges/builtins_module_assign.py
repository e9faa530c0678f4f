import builtins

def use_len():
    return len("abcd")

def use_new():
    return brand_new_name * 2

def use_abs(v):
    return abs(v)

real_len = builtins.len
print(use_len(), use_abs(-3))

builtins.len = lambda x: "patched"
print(use_len())
del builtins.len
try:
    use_len()
except NameError as e:
    print("NameError:", e)
builtins.len = lambda x: "repatched"
print(use_len())

# restore the real len from a saved reference
real_abs = builtins.abs
builtins.len = lambda x: 7
print(use_len())

# a global shadows a builtins-module override; deleting the global unmasks it
len = lambda x: "global"
print(use_len())
del len
print(use_len())

# brand new builtin name
try:
    use_new()
except NameError as e:
    print("NameError:", e)
builtins.brand_new_name = 21
print(use_new(), brand_new_name)
print("brand_new_name" in globals(), hasattr(builtins, "brand_new_name"))
builtins.brand_new_name = "ab"
print(use_new())
brand_new_name = 100
print(use_new())
del brand_new_name
print(use_new())
del builtins.brand_new_name
try:
    print(brand_new_name)
except NameError as e:
    print("NameError:", e)
try:
    use_new()
except NameError as e:
    print("NameError:", e)

# setattr / getattr / delattr on builtins
setattr(builtins, "abs", lambda v: "fake abs")
print(use_abs(-1))
delattr(builtins, "abs")
print(hasattr(builtins, "abs"))
try:
    use_abs(-1)
except NameError as e:
    print("NameError:", e)
builtins.abs = real_abs
print(use_abs(-9))

# builtins.__dict__ writes
bd = builtins.__dict__
bd["extra_thing"] = "via dict"
print(extra_thing)
def read_extra():
    return extra_thing
print(read_extra())
bd["extra_thing"] = "changed"
print(read_extra())
del bd["extra_thing"]
try:
    read_extra()
except NameError as e:
    print("NameError:", e)
print(bd.get("extra_thing", "gone"))

# override in a loop
vals = []
for i in range(4):
    builtins.len = lambda x, i=i: i
    vals.append(use_len())
print(vals)
del builtins.len
print("len" in bd)
builtins.len = real_len
print(use_len(), len(bd) > 50)

# replacing __builtins__ in the module's globals: functions created later use it
def made_before():
    return len("abc")
saved_b = globals()["__builtins__"]
globals()["__builtins__"] = {"len": lambda x: "custom", "print": print}
def made_after():
    return len("abc")
exec("def made_in_exec():\n    return len('abc')\n", globals())
print(made_before(), made_after(), made_in_exec(), len("abc"))
globals()["__builtins__"] = saved_b
def made_later():
    return len("abc")
print(made_before(), made_after(), made_in_exec(), made_later())
