# divmod, pow (2 and 3 args), round, abs, and related numeric builtins.
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(2**70, 3))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(3, 4, 5), pow(-3, 4, 5), pow(3, -1, 7))
print(pow(10, 100, 97), pow(2, 2**20, 1000003))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5), round(-0.5))
print(round(3.14159, 3), round(10, 1), round(-7.25, 1))
print(abs(-7), abs(-7.5), abs(0))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","))
print(sum(pow(i, 2) for i in range(10)))
print(min(divmod(100, 7)), max(divmod(100, 7)))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
