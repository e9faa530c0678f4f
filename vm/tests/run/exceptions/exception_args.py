# Exception objects: args, str, repr, instances vs classes, isinstance.
cases = [ValueError(), ValueError("one"), ValueError("one", 2), KeyError("k"), KeyError(), KeyError(1, 2),
         IndexError(0), TypeError(None), RuntimeError(""), Exception("a", "b", "c"), ZeroDivisionError("z"),
         StopIteration(5), AssertionError("msg"), NotImplementedError(), NameError("n"), AttributeError("attr"),
         OverflowError(), RecursionError("deep"), LookupError("l"), ArithmeticError("a"), UnboundLocalError("u")]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), Exception), isinstance(KeyError(), BaseException))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(OverflowError(), ArithmeticError))
print(isinstance(UnboundLocalError(), NameError), isinstance(RecursionError(), RuntimeError), isinstance(NotImplementedError(), RuntimeError))
print(isinstance(StopIteration(), Exception), isinstance(KeyboardInterrupt(), Exception), isinstance(SystemExit(), BaseException))
print(issubclass(IndexError, LookupError), issubclass(TypeError, ValueError), issubclass(Exception, BaseException))
print(ValueError.__name__, type(ValueError("x")) is ValueError)
e = ValueError("x")
print(e.args[0], str(e), len(e.args))
print(str(KeyError("quoted")), str(KeyError("")), str(KeyError(("t",))))
print(StopIteration(7).value, StopIteration().value)
try:
    raise IndexError("custom message", 42)
except IndexError as err:
    print(err, err.args)
