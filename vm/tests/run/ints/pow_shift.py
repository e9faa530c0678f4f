# Powers and shifts.
print(2**0, 2**1, 2**10, 2**62, 2**63, 2**64)
print((-2)**3, (-2)**4, (-2)**63, (-2)**64)
print(0**0, 0**5, 1**1000, (-1)**1001)
print(2**-1, 2**-2, 10**-3)
print(type(2**-1))
print(-2**2)
print((-2)**2)
print(2**3**2)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000000007))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(7, -1, 13))
print(pow(2, 100, 2**61 - 1))
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64, 1 << 200)
print(5 << 3, -5 << 3, -1 << 70)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 1, -1 >> 100, -7 >> 1)
print((1 << 200) >> 199, (1 << 200) >> 300)
print(-(1 << 200) >> 199, -(1 << 200) >> 300)
print(((1 << 100) + 5) >> 2)
x = 3
x <<= 65
print(x)
x >>= 64
print(x)
x **= 5
print(x)
print(True << 3, True + True, True * 10)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError:", e)
