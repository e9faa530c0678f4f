# Deeply nested try statements and exceptions propagating through functions.
trace = []
def level3():
    try:
        trace.append("l3 try")
        raise ValueError("deep")
    finally:
        trace.append("l3 finally")
def level2():
    try:
        level3()
    except KeyError:
        trace.append("l2 wrong handler")
    finally:
        trace.append("l2 finally")
def level1():
    try:
        level2()
    except ValueError as e:
        trace.append("l1 caught " + str(e))
        return "handled"
    finally:
        trace.append("l1 finally")
print(level1())
print(trace)
def raise_in_except():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise KeyError("b")
        finally:
            print("finally after raise in except")
    except KeyError as e:
        return "got " + repr(e) + " with context " + repr(e.__context__)
print(raise_in_except())
def raise_in_else():
    try:
        try:
            pass
        except Exception:
            return "no"
        else:
            raise IndexError("from else")
        finally:
            print("finally after else")
    except IndexError as e:
        return "else raised " + str(e)
print(raise_in_else())
def exception_replaced_in_finally():
    try:
        try:
            raise ValueError("original")
        finally:
            raise TypeError("replacement")
    except TypeError as e:
        return type(e.__context__).__name__ + " -> " + type(e).__name__
print(exception_replaced_in_finally())
depth = 0
def recurse_and_fail(n):
    global depth
    depth = n
    if n == 0:
        raise RuntimeError("bottom")
    try:
        recurse_and_fail(n - 1)
    finally:
        trace.append(n)
trace.clear()
try:
    recurse_and_fail(5)
except RuntimeError as e:
    print(e, trace)
