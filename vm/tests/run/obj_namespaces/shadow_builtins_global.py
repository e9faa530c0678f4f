def use():
    return len([1, 2, 3]), str(5)
print(use())
len = lambda x: "shadowed len"
print(use())
globals()["str"] = lambda x: "shadowed str"
print(use())
del len
print(use())
del globals()["str"]
print(use())
try:
    del len
except NameError as e:
    print("NameError:", e)
import builtins
builtins.len = lambda x: "builtins patched"
print(use())
del builtins.len
try:
    use()
except NameError as e:
    print("NameError:", e)
