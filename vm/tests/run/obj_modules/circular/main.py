import alpha_mod
import beta_mod
print(beta_mod.beta_fn())
print(alpha_mod.alpha_fn())
import sys
print("alpha_mod" in sys.modules, "beta_mod" in sys.modules)
try:
    import gamma_mod
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[:msg.index(" (")])
