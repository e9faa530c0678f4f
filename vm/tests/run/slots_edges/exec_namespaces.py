# exec / eval with globals(), a fresh dict, and separate locals.
x = 1

exec("x = x + 1")
print(x)
exec("y_new = 'made by exec'")
print(y_new)
def read_y():
    return y_new
print(read_y())
exec("del y_new")
try:
    read_y()
except NameError as e:
    print("NameError:", e)

exec("x = 100", globals())
print(x, eval("x * 2"), eval("x + 1", globals()))

# fresh dict
ns = {}
exec("a = 1\nb = a + 1\ndef f():\n    return a + b\n", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["f"]())
print("__builtins__" in ns)
ns["a"] = 10
print(ns["f"]())
del ns["b"]
try:
    ns["f"]()
except NameError as e:
    print("NameError:", e)
print("x" in ns)
try:
    exec("print(x)", {})
except NameError as e:
    print("NameError:", e)

# functions from exec'd code do not see our globals
exec("def g():\n    return len(x_only_here)\n", ns)
try:
    ns["g"]()
except NameError as e:
    print("NameError:", e)
ns["x_only_here"] = "abc"
print(ns["g"]())
ns["len"] = lambda v: "ns len"
print(ns["g"]())
del ns["len"]
print(ns["g"]())

# separate locals
gl = {"k": 5}
lo = {}
exec("m = k * 2\nk2 = k", gl, lo)
print(sorted(lo.items()), "m" in gl)
exec("def h():\n    return k\nr = h()", gl, lo)
print(lo["r"], "h" in lo, "h" in gl)
gl["k"] = 6
print(lo["h"]())
exec("global k\nk = 'set global'", gl, lo)
print(gl["k"], "k" in lo)
print(eval("m + k2", gl, lo))
print(eval("k", gl, {"k": "local wins"}))

# exec into globals(), define a function, call it later after rebinding
exec("def later():\n    return x * 3\n", globals())
print(later())
x = 7
print(later())
exec("x = 8", globals(), {})
print(x, later())

# exec in a function with explicit namespaces
def inner():
    loc = {}
    exec("q = 5", globals(), loc)
    return loc["q"], "q" in globals()
print(inner())

# eval with a fresh dict: builtins still available
print(eval("len('abc') + abs(-2)", {}))
d = {"n": 4}
print(eval("[n * i for i in range(n)]", d))
print(sorted(k for k in d))
