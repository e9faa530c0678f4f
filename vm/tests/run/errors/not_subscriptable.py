# Uncaught TypeError: subscripting an int.
x = 42
print(x)
print(x[0])
