# Uncaught KeyError with a string key.
prices = {"apple": 1.5, "pear": 2.0}
print(prices["apple"])
print(prices["banana"])
