# Duplicate parameter names are refused when the file is compiled.
print("not reached")


def f(a, *, b, **a):
    return a
