# all, any, isinstance with builtin types and tuples of types.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]), all("abc"), any(""))
print(all(x < 5 for x in range(5)), any(x == 3 for x in range(5)))
vals = [1, 1.5, "s", [1], (1,), {"a": 1}, {1}, frozenset(), None, True, range(1), print, len]
for v in vals:
    print(repr(v) if not callable(v) else "callable",
          isinstance(v, int), isinstance(v, float), isinstance(v, str), isinstance(v, (list, tuple)),
          isinstance(v, dict), isinstance(v, (set, frozenset)), isinstance(v, bool), isinstance(v, object))
print(isinstance(3, (str, (int, float))), isinstance("x", ()))
print(issubclass(bool, int), issubclass(int, object), issubclass(float, int), issubclass(int, (str, int)))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
