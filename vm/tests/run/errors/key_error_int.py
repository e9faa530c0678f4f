# Uncaught KeyError with an int key from dict.pop.
d = {1: "one"}
print(d.pop(1))
d.pop(1)
