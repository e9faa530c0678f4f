# N functions made by `exec` in a loop (function -> globals -> function).
import sys

n = int(sys.argv[1])
src = compile("def f():\n    return 1\n", "<src>", "exec")
for i in range(n):
    g = {}
    exec(src, g)
print("execfunc", n, g["f"]())
