# ImportError's name and path, SyntaxError's fields, and tracebacks are
# attributes, not entries of the exception's __dict__.
import sys

try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e.name, e.path, vars(e))
    e.name = "other"
    print(e.name, vars(e))

try:
    from sys import no_such_name
except ImportError as e:
    print(e.name, vars(e))

try:
    compile("x = (", "<src>", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, vars(e))

e = ImportError("m")
print(e.name, e.path, vars(e))


def f():
    return 1 / 0


try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_lineno).__name__)
    try:
        vars(tb)
    except TypeError as x:
        print(x)
print(vars(sys.stdout))
sys.stdout.write("written\n")
