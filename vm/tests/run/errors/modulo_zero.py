# Uncaught ZeroDivisionError from %.
print(10 % 3)
n = 0
print(10 % n)
