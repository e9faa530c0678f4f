pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (SystemExit, BaseException), (Exception, BaseException),
    (TypeError, ValueError), (AssertionError, Exception), (AttributeError, Exception),
    (bool, int), (int, float),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print([k.__name__ for k in KeyError.__mro__])
print([k.__name__ for k in UnboundLocalError.__mro__])
print([k.__name__ for k in bool.__mro__])
print(KeyError.__bases__, BaseException.__bases__)
