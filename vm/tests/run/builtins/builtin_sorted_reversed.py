# sorted with key/reverse, reversed on sequences.
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: "a", 1: "b"}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted([(1, "b"), (0, "z"), (1, "a")]), sorted([[3], [1, 2], [1]]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), "".join(reversed("stressed")))
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, new is orig)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
print(sorted([0.5, -1, 2**70, True]))
