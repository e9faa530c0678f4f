# Exceptions raised while handling, with else/finally and loops.
def f(kind):
    log = []
    try:
        try:
            log.append("body")
            if kind == "value":
                raise ValueError("v")
            if kind == "type":
                raise TypeError("t")
        except ValueError:
            log.append("handler")
            if kind == "value":
                raise KeyError("from handler")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except Exception as e:
        log.append("outer " + type(e).__name__)
    return log
for k in ["none", "value", "type"]:
    print(k, f(k))
def handler_context():
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            return second.__context__ is first
print(handler_context())
def context_restored():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        try:
            raise KeyError("after")
        except KeyError as e:
            return repr(e.__context__)
print(context_restored())
