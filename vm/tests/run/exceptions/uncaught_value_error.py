# An uncaught exception ends the program with status 1 after earlier output.
def parse(s):
    return int(s)
total = 0
for s in ["1", "2", "3"]:
    total += parse(s)
print("total so far", total)
try:
    parse("bad")
except ValueError:
    print("first bad value handled")
print("about to fail")
parse("also bad")
print("never printed")
