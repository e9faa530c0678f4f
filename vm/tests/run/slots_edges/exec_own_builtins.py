# Namespaces carrying their own __builtins__ mapping.
import builtins
real_len = builtins.len
real_abs = builtins.abs

ns = {"__builtins__": {"len": lambda x: 42}}
exec("r = len('abc')", ns)
print(ns["r"])
try:
    exec("r2 = abs(-1)", ns)
except NameError as e:
    print("NameError:", e)
print(eval("len([])", ns))

# functions defined there keep that builtins mapping
exec("def f(v):\n    return len(v)\n", ns)
print(ns["f"]("hello"), len("hello"))
ns["__builtins__"]["len"] = lambda x: 43
print(ns["f"]("x"))
ns["len"] = lambda x: "global in ns"
print(ns["f"]("x"))
del ns["len"]
print(ns["f"]("x"))
ns["__builtins__"]["abs"] = lambda v: "own abs"
exec("r3 = abs(-1)", ns)
print(ns["r3"])

# builtins given as the module object
ns2 = {"__builtins__": builtins}
exec("def g():\n    return len('ab'), abs(-4)\n", ns2)
print(ns2["g"]())
builtins.len = lambda x: "patched"
print(ns2["g"](), ns["f"]("x"))
del builtins.len
try:
    ns2["g"]()
except NameError as e:
    print("NameError:", e)
builtins.len = real_len
print(ns2["g"](), len("abc"))

# a copied builtins dict is detached from the real module
copy_b = dict(builtins.__dict__)
ns3 = {"__builtins__": copy_b}
exec("def h():\n    return len('abcd'), abs(-5)\n", ns3)
print(ns3["h"]())
builtins.abs = lambda v: "real patched"
print(ns3["h"](), ns2["g"]())
copy_b["abs"] = lambda v: "copy patched"
print(ns3["h"](), abs(-1))
del builtins.abs
try:
    abs(-1)
except NameError as e:
    print("NameError:", e)
builtins.abs = ns3["__builtins__"]["max"]
print(abs(-1, 0))
builtins.abs = real_abs
print(abs(-1))

# the same builtins dict shared by two namespaces
shared = {"len": lambda x: "shared", "print": print}
a = {"__builtins__": shared}
b = {"__builtins__": shared}
exec("def la():\n    return len(1)\n", a)
exec("def lb():\n    print('lb sees', len(2))\n", b)
print(a["la"]())
b["lb"]()
shared["len"] = lambda x: "shared2"
print(a["la"]())
b["lb"]()
del shared["len"]
try:
    a["la"]()
except NameError as e:
    print("NameError:", e)

# eval with builtins mapping and a globals override
print(eval("len(1)", {"__builtins__": {"len": lambda x: "e"}}))
print(eval("len(1)", {"__builtins__": {"len": lambda x: "e"}, "len": lambda x: "g"}))
print(eval("len(1)", {"__builtins__": {"len": lambda x: "e"}}, {"len": lambda x: "l"}))
