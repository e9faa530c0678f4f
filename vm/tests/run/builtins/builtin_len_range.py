# len, range, enumerate, zip with various arguments.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(frozenset()), len(""))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
print(list(zip("abc", [1, 2, 3], (True, False, None))), list(zip("abcd", "xy")), list(zip("a")))
print(list(zip(range(3), range(10, 13))), dict(zip("ab", "cd")))
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(3)
except TypeError as e:
    print("TypeError:", e)
