# The math module: sqrt, floor, ceil, pi, inf, gcd, isqrt, e, nan.
import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(0), math.sqrt(10**20))
print(math.floor(3.7), math.floor(-3.7), math.floor(5), math.ceil(3.2), math.ceil(-3.2), math.ceil(5))
print(type(math.floor(2.5)), type(math.ceil(2.5)), type(math.sqrt(4)))
print(math.pi, math.e, math.inf, -math.inf, math.inf > 10**300, math.nan != math.nan)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2**100, 6**50), math.gcd(7, 13))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**20), math.isqrt(2**127))
print(round(math.pi, 4), f"{math.pi:.10f}", f"{math.e:.3e}")
r = 2.5
print("area", math.pi * r * r, "circumference", 2 * math.pi * r)
print(math.floor(10**20 + 0.5) if False else math.floor(1e20), math.ceil(-0.5))
print(math.sqrt(2) ** 2 == 2, abs(math.sqrt(2) ** 2 - 2) < 1e-12)
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: math.sqrt(-1))
attempt(lambda: math.isqrt(-1))
attempt(lambda: math.isqrt(2.0))
attempt(lambda: math.floor(math.inf))
attempt(lambda: math.ceil(math.nan))
attempt(lambda: math.sqrt("4"))
attempt(lambda: math.gcd(1.5, 2))
attempt(lambda: math.nosuchfunction)
