g = globals()
g[1] = "one"
g[(2, "x")] = "pair"
g[2.5] = "float"
print(g[1], g[(2, "x")], g[2.5], 1 in g, 1.0 in g, True in g)
g[1.0] = "one again"
print(g[1], len([k for k in g if not isinstance(k, str)]))
print([k for k in g if not isinstance(k, str)])
del g[(2, "x")]
g["late"] = 3
g[(2, "x")] = "back"
print([k for k in g if not (isinstance(k, str) and k.startswith("__"))][-4:])
print(g.pop(2.5), 2.5 in g)
c = dict(g)
print(c[1], c[(2, "x")])
