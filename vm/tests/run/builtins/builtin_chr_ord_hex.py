# chr, ord, hex, oct, bin, format on ints.
print([chr(i) for i in range(65, 71)], [ord(c) for c in "Hello"])
print(chr(0x3b1), chr(0x1F40D), ord("\n"), ord("\t"), repr(chr(10)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
for n in [0, 7, 8, 255, 4096, -42, 2**40]:
    print(n, hex(n), oct(n), bin(n), format(n, "x"), format(n, "o"), format(n, "b"))
print(int(hex(1234), 16), int(oct(1234), 8), int(bin(1234), 2), int(hex(-99), 0))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    ord(5)
except TypeError as e:
    print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
