# Float arithmetic and mixed int/float operations.
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.0 // -2, 7.0 % -2)
print(7.5 // 1.5, 7.5 % 2.5, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
print(0.0 % 5, -0.0 % 5, 5 % 0.5, 1e300 % 3)
print(-1e-20 % 1.0)
print(2 ** 0.5, 2.0 ** 2, 4 ** 0.5, (-8.0) ** 2, 10.0 ** -2)
print(pow(2.0, 3), pow(2, 0.5), 0.0 ** 0)
print(3 + 0.5, 3 - 0.5, 3 * 0.5, 3 / 0.5, 1 / 2, 2 / 1)
print(10**20 + 0.0, 10**20 * 1.0, 2**1000 / 2**999)
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf == inf, inf > 1e308, -inf < -1e308, inf > 2**2000)
print(abs(-2.5), abs(-0.0), abs(-inf), -(0.0), +(-0.0))
x = 1.5
x += 1
print(x)
x *= 2
print(x)
x /= 4
print(x)
x -= 0.25
print(x)
x **= 2
print(x)
x //= 0.25
print(x)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(0.1 * 10, 0.1 * 10 == 1.0)
print(1e16 + 1, 1e16 + 2, 2**53 + 1.0)
print(round(1e16 + 1))
print(float(10**20), int(1e20))
print(max(1, 2.0), max(2.0, 1), min(1, 1.0), min(1.0, 1))
print(sum([1, 2.5, 3]), sum([1, 2], 0.5))
