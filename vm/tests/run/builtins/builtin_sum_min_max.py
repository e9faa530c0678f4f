# sum, min, max, abs with defaults, keys and errors.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum([0.5, 0.25]), sum(range(101)))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([True, True]))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(min([], default="none"), max([], default=0), max([1], default=9))
print(min([3, -4, 2], key=abs), max(["a", "ccc", "bb"], key=len), max([1, 2, 3], key=lambda x: -x))
print(max([("a", 2), ("b", 2)], key=lambda t: t[1]), min([2, 1, 1.0]), max([1, True]))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2**100))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: min([]))
attempt(lambda: max([]))
attempt(lambda: max())
attempt(lambda: min(5))
attempt(lambda: sum(["a", "b"], ""))
attempt(lambda: sum(["a"]))
attempt(lambda: max(1, "a"))
attempt(lambda: abs("x"))
