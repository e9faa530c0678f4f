# AssertionError and other exceptions caught at the top of a program.
def check(x):
    assert x > 0, "x must be positive, got " + str(x)
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-string message:", e.args)
def not_impl():
    raise NotImplementedError("subclass must implement")
try:
    not_impl()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    raise OverflowError("manual overflow")
except ArithmeticError as e:
    print("OverflowError via ArithmeticError:", e)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit caught with code", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("SystemExit code", e.code)
