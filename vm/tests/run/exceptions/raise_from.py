# raise ... from ..., implicit chaining, __cause__, __context__, __suppress_context__.
def show(e):
    print(type(e).__name__, repr(str(e)),
          "cause:", repr(e.__cause__),
          "context:", repr(e.__context__),
          "suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("bad value") from z
except ValueError as e:
    show(e)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    show(e)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("no context") from None
except TypeError as e:
    show(e)
try:
    raise ValueError("plain")
except ValueError as e:
    show(e)
try:
    raise KeyError("k") from ValueError("explicit cause")
except KeyError as e:
    show(e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            raise RuntimeError("third")
except RuntimeError as e:
    show(e)
    show(e.__context__)
    print(e.__context__.__context__.__context__)
try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    show(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
