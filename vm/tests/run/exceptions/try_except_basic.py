# try/except/else/finally flow.
def run(x):
    out = []
    try:
        out.append("try")
        r = 10 // x
        out.append("after division")
    except ZeroDivisionError:
        out.append("except")
    else:
        out.append("else " + str(r))
    finally:
        out.append("finally")
    return out
print(run(2))
print(run(0))
def multi(v):
    try:
        if v == 0:
            raise ValueError("zero")
        if v == 1:
            raise KeyError("one")
        if v == 2:
            raise IndexError("two")
        if v == 3:
            return [][0]
        return "no error"
    except ValueError as e:
        return "ValueError " + str(e)
    except (KeyError, IndexError) as e:
        return type(e).__name__ + " " + str(e)
for v in range(5):
    print(v, multi(v))
try:
    raise RuntimeError("generic")
except Exception as e:
    print("caught by Exception:", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__, e)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not here")
except TypeError as e:
    print("outer caught", e)
try:
    pass
except Exception:
    print("not here")
else:
    print("else without exception")
def e_is_cleared():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(e_is_cleared())
try:
    raise ValueError
except ValueError as e:
    print("raised class:", repr(e), e.args, str(e) == "")
