class C:
    pass
c = C()
items = [c, 5, "s", None, [1], (1,), {"k": 1}, 1.5, True, C]
for obj in items:
    try:
        obj()
        print(type(obj).__name__, "callable")
    except TypeError as e:
        print("call:", e)
for obj in items:
    try:
        obj[0]
        print(type(obj).__name__, "subscriptable")
    except TypeError as e:
        print("subscript:", e)
    except (IndexError, KeyError) as e:
        print("lookup error", type(e).__name__)
for obj in items:
    try:
        for _ in obj:
            break
        print(type(obj).__name__, "iterable")
    except TypeError as e:
        print("iter:", e)
