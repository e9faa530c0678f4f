tests = [
    lambda: len(),
    lambda: len([], []),
    lambda: isinstance(1),
    lambda: abs(),
    lambda: int("x"),
    lambda: int("12", 1),
    lambda: list(5),
    lambda: dict([1]),
    lambda: range("a"),
    lambda: getattr(),
    lambda: setattr(1),
    lambda: sorted(5),
    lambda: min([]),
    lambda: max(),
    lambda: next(5),
    lambda: iter(5),
    lambda: chr("a"),
    lambda: ord("ab"),
    lambda: divmod(1, 0),
    lambda: "x".join([1]),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: type(),
    lambda: super(1),
]
for t in tests:
    try:
        t()
        print("ok")
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
