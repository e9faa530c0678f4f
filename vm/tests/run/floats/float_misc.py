# Miscellaneous float behaviours.
print(type(1.0), type(1 / 1), type(2 ** -1), type(1e3))
print(isinstance(1.0, float), isinstance(1, float), isinstance(1.0, int))
print(float(1) is not None, bool(0.0), bool(-0.0), bool(0.1), bool(float("nan")))
print(1e3, 1E3, 1_0.0_1, 0e0, .5e1)
print(int(1e3), int(-1e-3), int(123.999))
print(float("1.5") + float("2.25"))
print([x / 4 for x in range(9)])
print([x * 0.1 for x in range(5)])
print(sum(x * 0.5 for x in range(10)))
print(sorted([0.5, -1.25, 3.0, 1e-3, -1e3]))
print(max(0.1, 0.2, 0.30000000000000004), min(-0.0, 0.0), min(0.0, -0.0))
print(3.7 // 1, 3.7 % 1, -3.7 // 1, -3.7 % 1)
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total)
import math
nan = float("nan")
print(nan != nan, -1e999 == -math.inf, 1e308 < math.inf)
print(math.sqrt(2), math.sqrt(16), math.pi, math.e, math.inf, -math.inf)
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2), math.sqrt(0.25))
