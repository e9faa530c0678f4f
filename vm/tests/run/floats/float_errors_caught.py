# Errors raised by float operations.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("a", lambda: 1.0 / 0)
attempt("b", lambda: 1 / 0.0)
attempt("c", lambda: 1.0 // 0.0)
attempt("d", lambda: 1.0 % 0.0)
attempt("e", lambda: divmod(1.0, 0.0))
attempt("f", lambda: 0.0 ** -1)
attempt("g", lambda: (-8.0) ** (1 / 3) if False else "skipped complex")
attempt("h", lambda: float("x"))
attempt("i", lambda: 1.5 + "a")
attempt("j", lambda: 1.5 * [1])
attempt("k", lambda: [1] * 1.5)
attempt("l", lambda: "ab" * 2.0)
attempt("m", lambda: int(float("inf")))
f = 1.5
attempt("n", lambda: f[0])
attempt("o", lambda: len(1.5))
import math
attempt("p", lambda: math.sqrt(-1))
attempt("q", lambda: math.floor(float("inf")))
attempt("r", lambda: math.ceil(float("nan")))
attempt("s", lambda: range(1.5))
idx = 1.0
attempt("t", lambda: [1, 2][idx])
