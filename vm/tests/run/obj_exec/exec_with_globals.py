counter = 0
exec("counter += 5")
print(counter)
exec("new_name = 'from exec'", globals())
print(new_name)
def f():
    return exec_defined()
exec("def exec_defined():\n    return 'defined by exec, counter=%d' % counter")
print(f())
exec("del new_name", globals())
print("new_name" in globals())
def in_function():
    exec("inner_var = 1")
    try:
        return inner_var
    except NameError as e:
        return "NameError: " + str(e)
print(in_function())
def with_locals():
    ns = {}
    exec("v = 10", globals(), ns)
    return ns["v"]
print(with_locals())
exec("import sys as _s\nmodname = _s.modules[__name__].__name__")
print(modname, "_s" in globals())
g2 = dict(globals())
exec("counter = -1", g2)
print(counter, g2["counter"])
