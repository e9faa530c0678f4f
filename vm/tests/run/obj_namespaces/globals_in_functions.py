def count_user_globals():
    return len([k for k in globals() if not k.startswith("__")])
base = count_user_globals()
alpha = 1
print(count_user_globals() - base)
def setter(name, value):
    globals()[name] = value
def getter(name):
    return globals().get(name, "<none>")
setter("beta", 2)
print(beta, getter("beta"), getter("gamma"))
def rebinder():
    global alpha
    alpha = "rebound"
    return globals()["alpha"]
print(rebinder(), alpha)
def loop_reader():
    out = []
    for i in range(4):
        out.append(delta)
        globals()["delta"] = delta + 1
    return out
delta = 0
print(loop_reader(), delta)
f_globals = count_user_globals.__globals__
print(f_globals is globals())
