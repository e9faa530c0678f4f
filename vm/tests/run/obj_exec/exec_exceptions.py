try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
ns = {}
try:
    exec("a = 1\nb = undefined\nc = 3", ns)
except NameError as e:
    print("NameError:", e)
print(sorted(k for k in ns if k != "__builtins__"))
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print("SyntaxError")
src = "class E(Exception):\n    pass\nraise E('custom in exec')"
try:
    exec(src, {})
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("return 5")
except SyntaxError:
    print("SyntaxError for return")
try:
    exec("1 +", {})
except SyntaxError:
    print("SyntaxError incomplete")
