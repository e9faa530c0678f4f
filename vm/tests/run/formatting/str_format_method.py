# str.format: positional, numbered, keyword, indexed, attribute-free fields, specs.
print("{} {} {}".format("a", "b", "c"))
print("{0} {1} {0}".format("x", "y"))
print("{2}{1}{0}".format(1, 2, 3))
print("{name} is {age}".format(name="Eve", age=33))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{a[1]} {b[key]}".format(a=(1, 2), b={"key": 9}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:x} {:#b} {:e}".format(3.14159, 1234567, 255, 5, 1234.5))
print("{0:>{1}}|{2:{3}{4}}|".format("w", 6, "z", "*", "^5"))
print("{!r} {!s} {0!r:>8}".format("q", "r") if False else "{!r} {!s}".format("q", "r"))
print("{{}} {{{}}}".format(7))
print("{:d}".format(True), "{}".format(None), "{}".format([1, 2]))
print("{:.2%}".format(0.12345), "{:+.1e}".format(-0.000123))
print("{:,.2f}".format(9876543.219))
args = ["a", "b"]
kwargs = {"x": 1}
print("{} {} {x}".format(*args, **kwargs))
print("{0}{0}{0}".format("ab"))
print("".format(), "no fields".format(1, 2))
print(format(3.5), format("s", ">3"), format([1], ""), format(None))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", "+")
except ValueError as e:
    print("ValueError:", e)
