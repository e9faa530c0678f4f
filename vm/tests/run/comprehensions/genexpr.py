# Generator expressions: laziness, single use, consumption by builtins.
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(sorted((x % 3, x) for x in range(6)))
print(tuple(c for c in "abc"), set(x % 2 for x in range(4)), dict((i, i * i) for i in range(3)))
log = []
def noisy(x):
    log.append(x)
    return x
lazy = (noisy(i) for i in range(5))
print(log)
print(next(lazy), log)
for v in lazy:
    if v == 2:
        break
print(log)
print(list(lazy), log)
print(",".join(str(i) for i in range(4)))
print(sum(x * y for x in range(3) for y in range(3) if x < y))
nested = ((i, j) for i in range(2) for j in (i + 1, i + 2))
print(list(nested))
def evaluate_first_iter_eagerly():
    try:
        gen = (x for x in 5)
    except TypeError as e:
        return "TypeError at creation: " + str(e)
    return "lazy"
print(evaluate_first_iter_eagerly())
source = [1, 2, 3]
ge = (x * 10 for x in source)
source.append(4)
print(list(ge))
source2 = [1, 2, 3]
ge2 = (x for x in source2)
source2 = [9]
print(list(ge2))
