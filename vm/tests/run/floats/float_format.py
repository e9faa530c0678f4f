# Format specs for floats.
x = 3.14159265
for spec in ["", ".0f", ".1f", ".3f", "10.3f", "<10.3f", "^10.3f", "+.2f", " .2f", "010.2f", "e", ".2e", "E",
             "g", ".3g", ".10g", "%", ".1%", ",.2f", "_.1f", "*>12.4f", "=+10.1f", "#.0f", "G"]:
    print(repr(spec), format(x, spec), format(-x, spec))
for v in [0.0, -0.0, 1e-7, 1e-5, 123456789.123, 1e16, 1.5e300, float("inf"), float("-inf"), float("nan")]:
    print(format(v, ""), format(v, "g"), format(v, ".2f"), format(v, "e"), format(v, "10.3g"))
print(format(1234567.891, ",.2f"), format(1234567.891, ",f"), format(0.000012345, ".3g"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(100.0, "g"), format(1e6, "g"), format(1e5, "g"), format(1.0, "g"), format(10.0, ".0e"))
print(str(1e-5), str(0.0001), str(1e16), str(1e15), str(123456789.0))
print(format(5, ".2f"), format(5, "e"), format(5, "%"), format(5, "g"))
print("%.3f|%10.2f|%-10.2f|%e|%g|%G|%.0f" % (x, x, x, x, x, 1e-10, 2.5))
print("%f %F" % (float("inf"), float("nan")))
print(f"{x:.2f} {x:8.3f} {-x:08.2f} {x:.0%} {1e6:,.0f}")
