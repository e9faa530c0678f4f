# A parameter name given twice is a SyntaxError in every kind of parameter
# list (3.11's symbol table reports it; the parser accepts it).
def attempt(label, src):
    try:
        compile(src, "<" + label + ">", "exec")
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno)
    else:
        print(label, "compiles")

attempt("def", "def f(a, a): pass\n")
attempt("def-default", "def f(a, b, a=1): pass\n")
attempt("def-kwonly", "def f(a, b, *, a): pass\n")
attempt("def-kwonly-both", "def f(*, a, a=2): pass\n")
attempt("def-star", "def f(a, *a): pass\n")
attempt("def-starstar", "def f(a, **a): pass\n")
attempt("def-star-starstar", "def f(*args, **args): pass\n")
attempt("def-posonly", "def f(a, /, a): pass\n")
attempt("def-posonly-kwonly", "def f(a, /, *, a): pass\n")
attempt("def-first-of-two", "def f(a, b, b, a): pass\n")
attempt("async", "async def f(a, a): pass\n")
attempt("lambda", "s = lambda a, a: 1\n")
attempt("lambda-kwonly", "s = lambda a, *, a=1: 1\n")
attempt("lambda-star-starstar", "s = lambda *a, **a: 1\n")
attempt("lambda-posonly", "s = lambda a, /, a: 1\n")
attempt("lambda-in-default", "def f(x=lambda b, b: 0): pass\n")
attempt("nested", "def g():\n    def f(x, y, x): pass\n")
attempt("method", "class C:\n    def m(self, self): pass\n")
attempt("in-lambda-body", "s = lambda: lambda c, c: 0\n")
attempt("later-line", "x = 1\n\ndef f(\n    a,\n    a,\n): pass\n")
attempt("annotated", "def f(a: int, a: str): pass\n")
# Not duplicates: the same name in different scopes.
attempt("shadow-lambda", "def f(a):\n    return lambda a: a\n")
attempt("shadow-nested", "def f(a):\n    def g(a): return a\n    return g\n")
attempt("param-and-local", "def f(a):\n    a = 1\n    return a\n")
attempt("comprehension", "def f(a):\n    return [a for a in a]\n")

# exec() reports it too, and nothing of the source runs.
g = {}
try:
    exec("ran = True\ndef f(k, k): pass\n", g)
except SyntaxError as e:
    print("exec", type(e).__name__, e.msg, e.lineno, "ran" in g)
