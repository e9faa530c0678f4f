e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def f():
    x = 1
    try:
        raise KeyError("k")
    except KeyError as x:
        pass
    return x
try:
    f()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)

saved = None
try:
    raise TypeError("t")
except TypeError as exc:
    saved = exc
print(repr(saved), "exc" in globals())
