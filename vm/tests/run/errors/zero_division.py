# Uncaught ZeroDivisionError from true division.
values = [4, 2, 1]
for v in values:
    print(8 / v)
print("now dividing by zero")
print(1 / 0)
