# Handler order, tuples of types, class hierarchy matching, re-raising different types.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError("a"), IndexError("b"), LookupError("c"), ZeroDivisionError(), OverflowError(), ValueError(), TypeError]:
    print(classify(exc))
def order_matters():
    try:
        raise KeyError("x")
    except Exception:
        return "generic first"
    except KeyError:
        return "never reached"
print(order_matters())
def translate():
    try:
        int("nope")
    except ValueError:
        raise TypeError("translated")
try:
    translate()
except TypeError as e:
    print("TypeError:", e, "| context:", type(e.__context__).__name__)
errors = (ValueError, TypeError)
try:
    raise TypeError("from tuple variable")
except errors as e:
    print("caught via variable tuple:", e)
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            return "wrong"
        finally:
            print("inner finally")
    except ValueError as e:
        return "outer handled " + str(e)
print(nested_handlers())
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
