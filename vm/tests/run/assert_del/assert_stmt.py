# assert with and without messages; messages evaluated lazily.
assert True
assert 1 == 1, "never shown"
calls = []
def msg():
    calls.append("called")
    return "expensive message"
assert 2 > 1, msg()
print("message not evaluated on success:", calls)
try:
    assert 1 > 2, msg()
except AssertionError as e:
    print("AssertionError:", e, calls)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert None
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert 0, 42
except AssertionError as e:
    print("int message:", e.args, str(e))
try:
    assert (1, 2) == (1, 3), f"tuples differ: {(1, 2)} vs {(1, 3)}"
except AssertionError as e:
    print(e)
def checked_div(a, b):
    assert b != 0, "division by zero requested"
    return a / b
print(checked_div(1, 4))
try:
    checked_div(1, 0)
except AssertionError as e:
    print("AssertionError:", e)
x = 5
assert isinstance(x, int) and x > 0
print("done")
