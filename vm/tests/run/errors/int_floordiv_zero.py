# Uncaught ZeroDivisionError from integer floor division inside a function.
def average_bucket(total, count):
    return total // count
print(average_bucket(10, 3))
print(average_bucket(10, 0))
