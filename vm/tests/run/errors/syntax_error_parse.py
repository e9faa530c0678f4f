# A file that fails to parse: nothing is printed.
print("never printed")
x = (1, 2
print(x)
