# import forms for built-in modules: import, import as, from import, from import as.
import math
import math as m
from math import sqrt, floor as fl
from math import pi
import sys, time
print(math.sqrt(9), m.sqrt(9), sqrt(9), fl(2.7), pi == math.pi)
print(m is math, type(math).__name__, math.__name__, sys.__name__, time.__name__)
def inner_import():
    import math as mm
    from math import gcd
    return mm.isqrt(50), gcd(8, 12)
print(inner_import())
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, "for a missing name")
import builtins
print(builtins.len("abc"), builtins.max(1, 2), builtins.abs is abs)
print(__name__)
if __name__ == "__main__":
    print("running as main")
