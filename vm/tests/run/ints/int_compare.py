# Comparisons and chains among ints (including bigints and bools).
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(1 <= 1 < 2 <= 2, 5 > 4 >= 4 > 3)
print(2**100 > 2**99, 2**100 < -2**100, -2**100 < 0 < 2**100)
print(2**64 == 2**64, 2**64 != 2**64 + 1)
print(True == 1, False == 0, True < 2)
print(0 == -0, 10 // 3 == 3)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3) < v(0))
print(calls)
print(max(3, 7, -2), min(3, 7, -2))
print(sorted([5, -1, 2**70, -2**70, 0, 3]))
print(1 != 1.0, 1 == 1.0, 2**53 + 1 == float(2**53 + 1))
print(10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(3 in [1, 2, 3], 4 not in [1, 2, 3])
print(not 0, not 5, not -1)
x = 5
print(x is x, 0 < x < 10)
