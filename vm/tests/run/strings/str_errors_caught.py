# Caught errors from string operations.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
s = "abc"
attempt("1", lambda: s + 1)
attempt("2", lambda: s + None)
attempt("3", lambda: s + [1])
attempt("4", lambda: s - "a")
attempt("5", lambda: s[3])
attempt("6", lambda: s.index("q"))
attempt("7", lambda: s.nosuch)
attempt("9", lambda: int(s))
attempt("10", lambda: s * 1.5)
attempt("11", lambda: s / 2)
attempt("15", lambda: "".join(["a", None]))
attempt("17", lambda: -s)
attempt("18", lambda: s())
attempt("19", lambda: s < None)
attempt("20", lambda: s[1:2:0])
attempt("21", lambda: float(s))
attempt("23", lambda: s[-4])
attempt("24", lambda: s[1.5])
attempt("25", lambda: len(s, s))
