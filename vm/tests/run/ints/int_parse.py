# int() from strings with bases, whitespace, underscores, signs.
print(int("42"), int("-42"), int("+42"), int("  17  "), int("\t9\n"))
print(int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("0o17", 8))
print(int("1010", 2), int("0b1010", 0), int("0b1010", 2))
print(int("z", 36), int("ZZ", 36), int("10", 36))
print(int("1_000_000"), int("0x_ff", 16), int("1_0", 0))
print(int("123456789012345678901234567890"))
print(int("-123456789012345678901234567890"))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20))
print(int(True), int(False))
print(int(), int(7))
print(int("  -0x1f  ", 0))
print(int("11", 3), int("-11", 5))
for bad in ["", "abc", "12.5", "1e3", "0x10", "1__0", "_1", "1_", " ", "--1", "4 2"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
for s, base in [("2", 2), ("9", 8), ("g", 16), ("010", 0)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
