# CPython 3.11 limits decimal int literals to 4300 digits
# (sys.get_int_max_str_digits()); the limit is checked when the literal is
# compiled, so the source is refused as a whole.
def attempt(label, src, mode="exec"):
    try:
        code = compile(src, "<" + label + ">", mode)
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno)
        return
    g = {}
    if mode == "eval":
        v = eval(code, g)
    else:
        exec(code, g)
        v = g["s"]
    print(label, "ok", v if isinstance(v, bool) else len(repr(v)))

attempt("4300", "s = " + "1" * 4300 + "\n")
attempt("4301", "s = " + "1" * 4301 + "\n")
attempt("4301-eval", "1" * 4301, "eval")
attempt("negative-4301", "s = -" + "7" * 4301 + "\n")
attempt("underscores-4300", "s = " + "1_" * 4299 + "1\n")
attempt("underscores-4301", "s = " + "1_" * 4300 + "1\n")
attempt("third-line", "x = 1\ny = 2\ns = " + "9" * 5000 + "\n")
attempt("in-function", "def f():\n    return " + "3" * 4400 + "\ns = f()\n")
# Other bases and floats have no limit.
attempt("hex", "s = 0x" + "f" * 5000 + " > 0\n")
attempt("octal", "s = 0o" + "7" * 5000 + " > 0\n")
attempt("binary", "s = 0b" + "1" * 5000 + " > 0\n")
attempt("float", "s = " + "1" * 5000 + ".0 > 0\n")
# Leading zeros count as digits only in a zero literal.
attempt("zeros", "s = " + "0" * 4301 + "\n")
