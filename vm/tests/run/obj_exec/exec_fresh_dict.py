g = {}
exec("x = 1\ny = x + 1\ndef f():\n    return x + y\n", g)
print(sorted(k for k in g if k != "__builtins__"), g["f"](), "__builtins__" in g)
g["x"] = 100
print(g["f"]())
exec("z = len('abc')", g)
print(g["z"])
h = {"preset": 5}
exec("result = preset * 2", h)
print(h["result"], "x" in h)
print("x" in globals() and x == 1)
exec("class K:\n    v = 7\nk = K()", g)
print(g["k"].v, type(g["k"]).__name__, g["K"].__module__)
exec("import math\nr = math.floor(2.5)", g)
print(g["r"], type(g["math"]).__name__)
print(exec("1 + 1"))
