# Uncaught ValueError from unpacking too few values.
x, y, z = "ab!"
print(x, y, z)
x, y, z = [1, 2]
