# Shadowing builtins with globals and locals, then restoring.
print(max([1, 3]))
def use_max():
    return max([1, 3])
max = min
print(max([1, 3]), use_max())
del max
print(max([1, 3]), use_max())
def local_shadow():
    sum = lambda xs: "shadowed"
    return sum([1, 2])
print(local_shadow(), sum([1, 2]))
list_ = list
def list(x):
    return "not a list"
print(list("ab"), list_("ab"))
del list
print(list("ab"))
def param_shadow(str):
    return str * 2
print(param_shadow(4), str(4))
print = print
print("print still works")
