# Bitwise operators on small, negative and big integers.
vals = [0, 1, -1, 5, -5, 255, -256, 2**63, -(2**63), 2**70 + 3]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x100, a ^ 0x55)
print(12 & 10, 12 | 10, 12 ^ 10)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print((2**100 - 1) & (2**64 + 7))
print((2**100) | 1)
print((2**100) ^ (2**100))
print(-(2**100) & 0xFFFF)
print(-(2**100) | 0xFFFF)
print(-(2**100) ^ -1)
print(~(2**100))
print(~~7, ~-~-1)
print(True & False, True | False, True ^ True)
print(type(True & True), type(True & 3))
x = 0b1010
x &= 0b0110
print(x)
x |= 0b1000
print(x)
x ^= 0b1111
print(x)
print(0xFF & ~0x0F)
n = 0
for i in range(0, 64, 3):
    n |= 1 << i
print(n, bin(n).count("1"))
print(bin(0xDEADBEEF), hex(0b101010), oct(0o777))
