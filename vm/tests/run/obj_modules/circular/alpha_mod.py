print("alpha start")
A_CONST = "alpha-const"
import beta_mod
def alpha_fn():
    return "alpha_fn sees " + beta_mod.B_CONST
print("alpha end", beta_mod.B_CONST)
