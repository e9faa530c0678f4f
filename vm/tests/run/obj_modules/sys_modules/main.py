import sys
print("counter_mod" in sys.modules)
import counter_mod
import counter_mod
print("counter_mod" in sys.modules, sys.modules["counter_mod"] is counter_mod)
counter_mod.inc()
import counter_mod as c2
print(c2.value)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
me = sys.modules["__main__"]
me.injected = "via sys.modules"
print(injected)
print("sys" in sys.modules, "builtins" in sys.modules)
del sys.modules["counter_mod"]
import counter_mod as fresh
print(fresh is c2, fresh.value, c2.value)
sys.modules["fake_mod"] = c2
import fake_mod
print(fake_mod is c2, fake_mod.value)
print(type(sys.modules).__name__)
