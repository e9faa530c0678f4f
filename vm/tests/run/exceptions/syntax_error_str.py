# str() of SyntaxError as CPython words it: the message, the file's base
# name and the line; SyntaxError's fields taken from its arguments.
for src in ["f(1, b=2, b=3)", "x = = 1", "def f(a, a): pass", "1 +", "f'{a\\\\b}'"]:
    try:
        compile(src, "dir/prog.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e, "|", e.msg, e.lineno)
try:
    eval("1 +")
except SyntaxError as e:
    print(str(e))
print(str(SyntaxError("m", ("a/b/c.py", 3, 1, "x"))))
print(str(SyntaxError("m", (None, 3, 1, "x"))))
print(str(SyntaxError("m", ("f.py", None, 1, "x"))))
print(str(SyntaxError("m")))
print(str(SyntaxError()))
try:
    SyntaxError("a", "b")
except TypeError as e:
    print("TypeError", e)
try:
    SyntaxError("a", (1, 2, 3, 4, 5, 6, 7))
except TypeError as e:
    print("TypeError", e)
print(repr(SyntaxError("m", ("f.py", 2, 1, "x"))))
e = SyntaxError("m", ("f.py", 2, 1, "x"))
e.lineno = 7
e.filename = "/x/y.py"
print(str(e))
e.msg = 5
print(str(e))
print(str(IndentationError("bad", ("i.py", 4, 1, "  x"))))
