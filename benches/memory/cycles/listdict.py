# N list cycles and N dict cycles (each holds itself, and a list and a
# dict hold each other).
import sys

n = int(sys.argv[1])
for i in range(n):
    l = [i]
    l.append(l)
    d = {"i": i}
    d["d"] = d
    a = []
    b = {"a": a}
    a.append(b)
print("listdict", n)
