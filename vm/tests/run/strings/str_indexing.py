# Indexing and slicing strings, including negative indices and steps.
s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10], len(s))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[::2], s[1::2], s[::-1], s[::-2])
print(s[8:2:-1], s[8:2:-3], s[-1:-4:-1], s[100:], s[-100:2], s[5:2], repr(s[5:5]), s[2:100])
print(s[::3], s[-2::-3], s[:2:-2], s[3:-3], s[-3:3:-1])
for i in range(-3, 4):
    print(i, s[i:], s[:i], s[i::-1])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
u = "héllo wörld ☃"
print(u[1], u[-1], u[::-1], len(u), u[6:11])
print("".join(reversed(s)), s[len(s) // 2:], [c for c in "xyz"])
print(s[True], s[False:True + 2])
