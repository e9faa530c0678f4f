g = {"gv": "global value"}
l = {"lv": "local value"}
exec("a = gv + '/' + lv\nb = 2", g, l)
print(sorted(l), "a" in g, l["a"])
exec("def f():\n    return gv\nr = f()", g, l)
print(l["r"], "f" in l, "f" in g)
exec("def h():\n    return lv\n", g, l)
try:
    l["h"]()
except NameError as e:
    print("NameError:", e)
exec("global gg\ngg = 'declared global'", g, l)
print(g.get("gg"), "gg" in l)
try:
    exec("class C:\n    x = lv\n", g, l)
except NameError as e:
    print("class body NameError:", e)
exec("class C:\n    x = gv\n", g, l)
print(l["C"].x, "C" in g)
exec("del lv", g, l)
print("lv" in l)
try:
    exec("print(lv)", g, l)
except NameError as e:
    print("NameError:", e)
loc = {}
exec("[i for i in range(3)]\nsq = [i * i for i in range(3)]", {}, loc)
print(loc)
