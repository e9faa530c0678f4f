# float() parsing and its errors.
for s in ["1", "1.", ".1", "1e1", "1E-1", "-0", "+0.0", "  3.25\n", "1_2.3_4", "inf", "-Infinity", "nAn",
          "1e400", "-1e400", "1e-400", "0x10" if False else "10", "007", "9" * 20]:
    print(repr(s), float(s))
for s in ["", " ", "abc", "1.2.3", "1e", "e1", "--1", "1_", "_1", "1__2", "in f", "0x1p3", "1,5", "None"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)
print(float(10**308))
try:
    float(10**309)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10**400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10**400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 // 10**399 / 1)
