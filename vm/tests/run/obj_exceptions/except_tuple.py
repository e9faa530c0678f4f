class A(Exception): pass
class B(Exception): pass
class C(B): pass

def trigger(kind):
    if kind == "a":
        raise A("from a")
    if kind == "b":
        raise B("from b")
    if kind == "c":
        raise C("from c")
    if kind == "k":
        raise KeyError("kk")
    return "no error"

for kind in ["a", "b", "c", "k", "n"]:
    try:
        r = trigger(kind)
    except (A, C) as e:
        print("A-or-C", type(e).__name__, e)
    except B as e:
        print("B", e)
    except (LookupError,) as e:
        print("lookup", repr(e))
    else:
        print("else", r)
    finally:
        print("finally", kind)

errs = (ValueError, TypeError)
try:
    int("x")
except errs as e:
    print("dynamic tuple", type(e).__name__)
try:
    try:
        raise A("x")
    except ():
        print("never")
except A:
    print("empty tuple matches nothing")
try:
    raise C("c")
except Exception as e:
    print(type(e) is C, isinstance(e, B))
print("e deleted?", "e" in dir())
