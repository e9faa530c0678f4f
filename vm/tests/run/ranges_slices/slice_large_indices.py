# Slicing with out-of-range, huge and bool indices.
s = "hello"
l = [1, 2, 3, 4, 5]
t = (1, 2, 3, 4, 5)
for a, b in [(-100, 100), (2, 10**20), (-10**20, 2), (10**20, None), (None, -10**20), (3, 1), (True, -True)]:
    print(a, b, repr(s[a:b]), l[a:b], t[a:b])
print(s[::10**20], s[::-10**20], l[10**20::-1])
print(l[-1::-1], l[-1:-6:-1], l[-1:-7:-1], l[4:-7:-1])
try:
    l[10**20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-10**20]
except IndexError as e:
    print("IndexError:", e)
