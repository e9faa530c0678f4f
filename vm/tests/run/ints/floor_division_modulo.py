# Floor division and modulo with every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (6, -3), (1, 5), (-1, 5), (1, -5), (-1, -5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(17 // 1, 17 % 1, -17 // 1, -17 % 1)
print(-17 // -1, -17 % -1)
print(2**63 // -1)
print(-(2**63) // -1)
print(-(2**63) % -1)
print(100 // 7 * 7 + 100 % 7)
for a in range(-5, 6):
    row = []
    for b in (-3, -2, 2, 3):
        row.append((a // b, a % b))
    print(a, row)
x = 29
x //= 4
print(x)
x %= 4
print(x)
y = -29
y //= 4
print(y)
y = -29
y %= 4
print(y)
print(True // 1, True % 2, False // 1)
print(7 // True)
