# repr/str of floats: shortest round-trip representation.
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1/3, 2/3, 10/3, 1e16, 1e15, 123456789012345678.0,
        1e-5, 1e-4, 0.0001234, 1e22, 1e23, 1.5e300, 5e-324, 2.5e-308, 1.7976931348623157e308,
        100.0, 1e100, 12345.678, 0.5, 3.14159, 2.0**53, 2.0**53 + 1, 2.0**60, 9.999999999999999e15,
        1e17, 0.3, 1.1 * 3, 4.35, 0.1 * 3, 1.0000000000000002, 123e-20]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print(float("Infinity"), float("-INF"), float("NaN"), float("  1.5  "), float("1_000.5"))
print(float("1e5"), float(".5"), float("5."), float("-.5e-3"), float("+1E+2"))
print(float(7), float(-2**70), float(True), float(), float(2**53 + 1))
print([0.1, -0.0, float("inf")], (1.5,), {"a": 2.5})
print(1e16 == 10**16, 1e300 * 1e10, -1e300 * 1e10)
print(1.0 / 3.0, 2.0 / 3.0, 22 / 7)
print(0.1 + 0.7, 0.3 - 0.1, 1.1 + 2.2)
print(5e-324 / 2, 5e-324 * 0.5)
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, 0.0 - 0.0, -0.0 - 0.0)
