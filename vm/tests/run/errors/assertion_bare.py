# Uncaught AssertionError without a message: the last line is just the type name.
print("checking")
assert 1 + 1 == 3
