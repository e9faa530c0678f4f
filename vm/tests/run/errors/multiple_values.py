# Uncaught TypeError for multiple values for one argument.
def f(a, b):
    return a - b
print(f(5, b=3))
print(f(5, a=3))
