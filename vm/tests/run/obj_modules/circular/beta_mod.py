print("beta start")
import alpha_mod
print("beta sees partial alpha:", alpha_mod.A_CONST, hasattr(alpha_mod, "alpha_fn"))
B_CONST = "beta-const"
def beta_fn():
    return "beta_fn calls " + alpha_mod.alpha_fn()
print("beta end")
