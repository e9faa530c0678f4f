# Uncaught AssertionError with a message.
def check(n):
    assert n >= 0, "n must be non-negative"
    return n
print(check(1))
check(-1)
