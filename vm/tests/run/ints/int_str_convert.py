# Converting ints to and from strings, digit manipulation.
n = 9876543210
digits = [int(c) for c in str(n)]
print(digits, sum(digits))
print(int("".join(str(d) for d in reversed(digits))))
def to_base(n, b):
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append("0123456789abcdefghijklmnopqrstuvwxyz"[r])
    return ("-" if neg else "") + "".join(reversed(out))
for b in [2, 3, 7, 16, 36]:
    s = to_base(2**70 + 12345, b)
    print(b, s, int(s, b) == 2**70 + 12345)
print(to_base(-255, 16), int(to_base(-255, 16), 16))
print(str(-0), str(+7), repr(10**18))
print(len(str(10**100)), str(10**100).count("0"))
print("%d" % (2**80), "%x" % (2**80), "%o" % 8)
print(f"{2**80}", f"{-2**80:,}", f"{2**64:x}")
print(int(str(2**200)) == 2**200)
print(str(123)[::-1], int(str(123)[::-1]) * 2)
