# round() with and without ndigits, banker's rounding, float formatting.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 1234.5678, -0.0]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, 0), round(v, -1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None)))
print(round(1e300), len(str(round(1e300))))
print(round(123.456, -2), round(-123.456, -1), round(5.5, -1))
print(round(2.5, 3), round(0.1 + 0.2, 10))
print(round(7, 0), round(-7), round(True))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
import math
print(math.floor(2.5), math.ceil(2.5), math.floor(-2.5), math.ceil(-2.5), math.floor(-0.5))
print(int(2.999999), int(-2.999999))
