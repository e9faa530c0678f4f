# The driver of capi_ext.c (see that file): its output under nsvm must equal
# CPython 3.11's running the same extension built against CPython's headers
# (vm/tests/gen_capi_golden.py records it; vm/tests/capi.rs checks it).
import sys
import capi_ext

def show(what, f, *args, **kwargs):
    try:
        print(what, "->", repr(f(*args, **kwargs)))
    except Exception as e:
        print(what, "raised", type(e).__name__ + ":", str(e))


print(capi_ext.ANSWER, capi_ext.GREETING, capi_ext.__name__, capi_ext.__doc__)
print(type(capi_ext.add).__name__, capi_ext.__file__.rsplit("/", 1)[1].split(".")[0])
capi_ext.bind(sys.modules[__name__])

# Reads and writes, seen at once by functions that read the globals.
x = 10


def read_x():
    return x


def read_y():
    return y


show("get x", capi_ext.get, "x")
capi_ext.set("x", 11)
show("read_x after set", read_x)
capi_ext.set("y", [1, 2])
show("read_y after set", read_y)
y.append(3)
show("get y", capi_ext.get, "y")
capi_ext.delete("y")
show("read_y after delete", read_y)
show("delete again", capi_ext.delete, "y")
show("get missing", capi_ext.get, "nope")
capi_ext.set_obj("z", "zed")
show("get_obj z", capi_ext.get_obj, "z")
show("get_obj missing", capi_ext.get_obj, "missing")
capi_ext.delete_obj("z")
show("z gone", lambda: "z" in globals())
capi_ext.set_obj(7, "seven")
show("int key", capi_ext.get_obj, 7)
capi_ext.delete_obj(7)
show("delete_obj missing", capi_ext.delete_obj, 7)

# Shadowing a builtin and uncovering it again.


def use_len():
    return len("abc")


show("len before", use_len)
capi_ext.set("len", lambda s: "shadowed")
show("len shadowed", use_len)
capi_ext.delete("len")
show("len uncovered", use_len)

# Iteration in dict order, deleting and redefining moving to the end.
a = 1
b = 2
c = 3
del b
b = 4
print([k for k, v in capi_ext.public_items() if len(k) == 1])
before = capi_ext.sizes()
w = 0
after = capi_ext.sizes()
print(after[0] - before[0], after[1] - before[1], after[0] == after[1], after[0] == len(globals()))

# A borrowed reference kept across a call into Python.
keep = ("kept", 1)


def churn():
    global other
    for i in range(50):
        globals()["tmp%d" % i] = i
    for i in range(50):
        del globals()["tmp%d" % i]
    other = 5


show("borrow_across", capi_ext.borrow_across, "keep", churn)
show("other", lambda: other)

# Functions of every METH_* kind, and argument parsing.
show("add", capi_ext.add, 2, 3)
show("add one arg", capi_ext.add, 2)
show("add str", capi_ext.add, 2, "x")
show("add float", capi_ext.add, 2, 1.5)
show("add big", capi_ext.add, 2, 2**40)
show("scale", capi_ext.scale, 1.5)
show("scale 2", capi_ext.scale, 1.5, 4)
show("scale 3", capi_ext.scale, 1, 2, 3)
show("scale str", capi_ext.scale, "s")
show("widen", capi_ext.widen, 2**40)
show("widen huge", capi_ext.widen, 2**70)
show("kw", capi_ext.kw, 1, 2, a=3)
show("kw none", lambda: capi_ext.kw())
show("noargs", capi_ext.noargs)
show("noargs with arg", capi_ext.noargs, 1)
show("noargs with kw", capi_ext.noargs, k=1)
show("describe", capi_ext.describe, [1, "two", 3.0])
show("describe str", capi_ext.describe, "s'q")
show("describe two", capi_ext.describe, 1, 2)
show("describe none", capi_ext.describe)
show("add kw", capi_ext.add, a=1)
show("get int", capi_ext.get, 5)
show("as_long", capi_ext.as_long, True)
show("as_long str", capi_ext.as_long, "7")
show("as_long big", capi_ext.as_long, 2**64)
show("as_double", capi_ext.as_double, 3)
show("as_double str", capi_ext.as_double, "3")

# Exceptions raised in C, and C bugs CPython reports as SystemError.
show("raise_value", capi_ext.raise_value, "bad value")
show("raise_format", capi_ext.raise_format, ["a", 1], 7)
# (Called directly: CPython checks a C function's result on this path.)
try:
    capi_ext.null_without_error()
except SystemError as e:
    print("null_without_error:", e, e.__cause__)
try:
    capi_ext.result_with_error()
except SystemError as e:
    print("result_with_error:", e, "/ cause:", type(e.__cause__).__name__, e.__cause__)

# Python exceptions inside callbacks from C come back through PyErr_Occurred.
show("call ok", capi_ext.call, max, (3, 9, 4))
show("call div", capi_ext.call, lambda a, b: a // b, (1, 0))
show("call key", capi_ext.call, lambda d: d["k"], ({},))
show("call kw", capi_ext.call_kw, sorted, ([3, 1, 2],), {"reverse": True})


class Box:
    pass


bx = Box()
show("attrs", capi_ext.attrs, bx, "field", 99)
show("attrs read", lambda: bx.field)
show("attrs on int", capi_ext.attrs, 5, "field", 1)
show("items", capi_ext.items, (1, 2, 3), ["a", "b", "c"], 1)
show("items tuple range", capi_ext.items, (1, 2), ["a"], 5)
show("items list range", capi_ext.items, (1, 2), ["a"], 1)
show("dict_roundtrip", capi_ext.dict_roundtrip)

# Import errors (the message's folder, which differs between runs, cut off).


def show_import(name):
    try:
        __import__(name)
        print(name, "imported")
    except Exception as e:
        path = e.path.rsplit("/", 1)[-1] if isinstance(e, ImportError) else None
        print(name, "raised", type(e).__name__ + ":", str(e).rsplit("/", 1)[-1], path)


show_import("capi_noinit")
show_import("capi_initnull")
show_import("capi_initraise")
show_import("capi_notalib")
import capi_ext as again
print(again is capi_ext)
