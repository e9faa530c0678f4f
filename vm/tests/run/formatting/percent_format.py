# printf-style % formatting.
print("%d %i %s %r %%" % (42, 7, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %5.2f %-8.3f| %08.3f %+.1f %.0f %.0f" % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2.5, 2.5, 3.5))
print("%e %.3e %E %g %G %g %g" % (12345.678, 12345.678, 0.00012, 0.00001234, 1e20, 100000.0, 1000000.0))
print("%s %s %s %s %s" % (None, True, [1, "a"], (1, 2), {"k": 1}))
print("%r %r %r" % ("it's", 'q"', "\n"))
print("%10s|%-10s|%.2s|%10.3s|" % ("abc", "abc", "abc", "abcdef"))
print("%s" % "single")
print("%s" % (("tuple", "inside"),))
print("%d%%" % 50)
print("%c%c%c" % (72, "i", 33))
print("%d" % 3.99, "%d" % -3.99, "%d" % True, "%s" % 1.0, "%x" % 2**70)
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("no args" % ())
print("%5.1f%%" % 99.55)
for spec in ["%s", "%r", "%d", "%f"]:
    try:
        print(spec % "x")
    except TypeError as e:
        print("TypeError:", e)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
try:
    print("%(k)s" % {"j": 1})
except KeyError as e:
    print("KeyError:", e)
