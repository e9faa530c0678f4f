# compile() and exec() of str sources: line endings, BOM, tabs, null bytes.
def attempt(label, src, mode="exec"):
    try:
        code = compile(src, "<" + label + ">", mode)
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno)
        return
    except ValueError as e:
        print(label, type(e).__name__, e)
        return
    g = {}
    if mode == "eval":
        print(label, "value", repr(eval(code, g)))
    else:
        exec(code, g)
        print(label, "ok", repr(g.get("s")))

attempt("crlf", "s = '''a\r\nb'''\r\n")
attempt("lone-cr", "s = '''a\rb'''\rt = 1\r")
attempt("crlf-cont", "s = 1 + \\\r\n 2\r\n")
attempt("bom", "\ufeffs = 'bom'\n")
attempt("eval-crlf", "'''x\r\ny'''", "eval")
attempt("tab-mix", "if 1:\n\tx = 1\n        y = 2\n")
attempt("tab-mix-2", "if 1:\n        x = 1\n\ty = 2\n")
attempt("tab-nested", "if 1:\n    if 1:\n\tx = 1\n")
attempt("tab-ok", "if 1:\n\tx = 1\n\tif x:\n\t    s = 'deep'\n")
attempt("tab-ff", "if 1:\n\x0c\tx = 1\n\ts = 'ff'\n")
attempt("dedent", "if 1:\n        x = 1\n    y = 2\n")
attempt("indent", "x = 1\n    y = 2\n")
try:
    compile("s = 1\x00\n", "<null>", "exec")
except SyntaxError as e:
    print("null", type(e).__name__, e.msg)
attempt("bom-later", "s = 1\n\ufeff\n")
attempt("zero-width", "s = 1\u200b\n")
attempt("euro", "s = 1 \u20ac 2\n")
attempt("dollar", "s = $\n")
