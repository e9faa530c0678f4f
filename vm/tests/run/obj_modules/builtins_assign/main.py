import builtins
import user_mod, other_mod
try:
    user_mod.use_helper()
except NameError as e:
    print("NameError:", e)
builtins.helper = lambda x: x * 100
print(user_mod.use_helper(), helper(1))
orig_len = builtins.len
builtins.len = lambda x: "fake len"
print(user_mod.use_len([1]), len("abc"))
builtins.len = orig_len
print(user_mod.use_len([1, 2]))
print(other_mod.call_max(), user_mod.shadowed_print_like(), max([7, 8]))
del other_mod.max
print(other_mod.call_max())
user_mod.len = lambda x: "module-level shadow"
print(user_mod.use_len([]), len([]))
del user_mod.len
print(user_mod.use_len([0]))
del builtins.helper
try:
    user_mod.use_helper()
except NameError as e:
    print("NameError:", e)
print(builtins.abs(-3), type(builtins).__name__, builtins.__name__)
