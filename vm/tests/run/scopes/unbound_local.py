# UnboundLocalError: assignment anywhere in a function makes the name local.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x
print(f())
def g():
    try:
        y += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
g()
def h(flag):
    if flag:
        z = 1
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(h(True), h(False))
def after_del():
    w = 1
    del w
    try:
        return w
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(after_del())
def loop_var():
    for i in range(0):
        pass
    try:
        return i
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(loop_var())
def is_subclass():
    try:
        return q
    except NameError as e:
        return ("NameError caught", type(e).__name__)
    q = 1
print(is_subclass())
print(issubclass(UnboundLocalError, NameError))
