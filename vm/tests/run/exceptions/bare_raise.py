# Bare raise re-raises the exception being handled.
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("outer got", e)
def reraise_after_handling_other():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError:
            pass
        raise
try:
    reraise_after_handling_other()
except KeyError as e:
    print("re-raised", repr(e))
def reraise_modified():
    try:
        raise ValueError("msg")
    except ValueError as e:
        e.args = ("changed",)
        raise
try:
    reraise_modified()
except ValueError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def raise_in_func_called_from_except():
    raise
try:
    try:
        raise TypeError("handled here")
    except TypeError:
        raise_in_func_called_from_except()
except TypeError as e:
    print("bare raise in callee sees", e)
def conditional(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        if n == 0:
            raise
        return -1
print(conditional(5))
try:
    conditional(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
