# Assorted int methods and behaviours.
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2**100).bit_length())
print((10) + (5))
print(int.__name__, type(5).__name__)
print(abs(-5), abs(5), abs(0), abs(-2**70))
print(-(-5), +(-5), -0, +0)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(round(17), round(17, -1), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2))
print(round(5, 2), type(round(5, 2)))
print(bool(0), bool(7), bool(-1))
print(isinstance(5, int), isinstance(True, int), isinstance(5, bool))
print(sum(range(101)), sum(range(10**6, 10**6 + 10)))
n = 1
for i in range(1, 26):
    n *= i
print("25! =", n)
print(n % 1000000007)
fact = 1
for i in range(1, 41):
    fact *= i
print(fact // n)
print(7 / 2, 8 / 2, -7 / 2, type(8 / 2))
print(10**20 / 10**10)
print((2**70) / 2)
print(1 / 3 * 3 == 1)
print(int("9" * 30) + 1)
print(0 * -1)
