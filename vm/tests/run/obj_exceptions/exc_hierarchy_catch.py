def raiser(cls):
    raise cls("msg")
order = [KeyError, IndexError, ZeroDivisionError, OverflowError, UnboundLocalError,
         RecursionError, NotImplementedError, AttributeError, AssertionError]
for cls in order:
    try:
        raiser(cls)
    except LookupError as e:
        print(cls.__name__, "-> LookupError", repr(e))
    except ArithmeticError as e:
        print(cls.__name__, "-> ArithmeticError")
    except NameError:
        print(cls.__name__, "-> NameError")
    except RuntimeError:
        print(cls.__name__, "-> RuntimeError")
    except Exception as e:
        print(cls.__name__, "-> Exception", type(e).__name__)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code, e.args)
try:
    raise StopIteration(7)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
def gen():
    yield 1
    return "retval"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("gen return", e.value)
