# Uncaught ZeroDivisionError raised inside a list comprehension.
print([10 // x for x in [1, 2, 5]])
print([10 // x for x in [1, 0, 5]])
