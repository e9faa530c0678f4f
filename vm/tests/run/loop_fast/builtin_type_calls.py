# Built-in types called with positional arguments (the constructor reached
# without an argument vector): results and errors as CPython's.
print(int(), int("12"), int("ff", 16), int(3.9), str(), str(5), float("1.5"), bool([]), bool(2))
print(tuple(), tuple(x * 2 for x in range(3)), list("ab"), set([1, 1]), frozenset((2,)), dict(), dict([(1, 2)]))
print(type(1), type("N", (), {"a": 1}).a, range(5)[-1], slice(1, 2).stop, object().__class__, complex if False else None)
for call in [lambda: int("x"), lambda: int(1, 2, 3), lambda: range(1, 2, 3, 4), lambda: range(1, 2, 3, 4, 5),
             lambda: str(1, 2, 3, 4), lambda: list(1), lambda: tuple(1, 2), lambda: float([]), lambda: type(1, 2)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class MyInt(int):
    pass


print(MyInt(7) + 1, type(MyInt("8")).__name__, isinstance(int.__new__(MyInt, 3), MyInt))
