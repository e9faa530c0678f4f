# map and filter: laziness, multiple iterables, None predicate.
print(list(map(str, range(4))), list(map(len, ["a", "bb", ""])), list(map(int, "123")))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, True])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x > 2, range(6))))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
calls = []
lazy = map(lambda x: calls.append(x) or x, range(3))
print(calls)
first = next(lazy)
print(first, calls)
print(sum(map(int, "9999")), max(map(len, "a bb ccc".split())))
print(list(map(abs, filter(lambda v: v % 2, range(-5, 5)))))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)
print(list(map(str.upper, ["a", "b"])), list(map(list, ["ab", "c"])))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print("ValueError:", e)
try:
    map(5, [1])
    print("map accepts any object lazily")
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
