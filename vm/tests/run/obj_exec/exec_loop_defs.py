funcs = {}
for i in range(4):
    exec("def f%d(x):\n    return x + %d" % (i, i), funcs)
print([funcs["f%d" % i](10) for i in range(4)])
g = {}
for stmt in ["a = 1", "b = a + 1", "a = b * 10", "del b", "c = a"]:
    exec(stmt, g)
    print(stmt, "->", {k: v for k, v in g.items() if k != "__builtins__"})
lines = []
for n in range(3):
    lines.append("v%d = %d" % (n, n * n))
exec("\n".join(lines))
print(v0, v1, v2)
print(eval("+".join("v%d" % n for n in range(3))))
