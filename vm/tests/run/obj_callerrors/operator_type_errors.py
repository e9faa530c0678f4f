class C:
    pass
c = C()
tests = [
    ("C + int", lambda: c + 1),
    ("int + C", lambda: 1 + c),
    ("C - C", lambda: c - c),
    ("C * str", lambda: c * "s"),
    ("C / float", lambda: c / 1.5),
    ("C // int", lambda: c // 2),
    ("C % int", lambda: c % 2),
    ("C ** int", lambda: c ** 2),
    ("C & int", lambda: c & 1),
    ("C | None", lambda: c | None),
    ("C ^ int", lambda: c ^ 1),
    ("C << int", lambda: c << 1),
    ("C >> int", lambda: c >> 1),
    ("-C", lambda: -c),
    ("+C", lambda: +c),
    ("~C", lambda: ~c),
    ("abs(C)", lambda: abs(c)),
    ("C < C", lambda: c < c),
    ("C >= int", lambda: c >= 1),
    ("str < int", lambda: "a" < 1),
    ("list + str", lambda: [1] + "a"),
    ("None + int", lambda: None + 1),
    ("dict + dict", lambda: {} + {}),
    ("str * str", lambda: "a" * "b"),
    ("list * float", lambda: [1] * 1.5),
    ("int(C)", lambda: int(c)),
    ("float(C)", lambda: float(c)),
    ("len(int)", lambda: len(5)),
    ("divmod(C, 1)", lambda: divmod(c, 1)),
    ("pow(C, 2)", lambda: pow(c, 2)),
    ("round(C)", lambda: round(c)),
    ("sum([C])", lambda: sum([c])),
    ("sorted([C, C])", lambda: sorted([c, C()])),
    ("max(C, C)", lambda: max(c, C())),
]
for name, fn in tests:
    try:
        fn()
        print(name, "ok")
    except TypeError as e:
        print(name, "->", e)
