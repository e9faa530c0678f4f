# Uncaught OverflowError converting inf to int.
print(int(1e308))
print(int(float("inf")))
