# ValueError and TypeError messages from bad unpacking.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
def two_from(v):
    a, b = v
def three_from(v):
    a, b, c = v
def star_from(v):
    a, b, *c = v
def star_mid(v):
    a, *b, c, d = v
def nested(v):
    (a, b), c = v
attempt(1, lambda: three_from((1, 2)))
attempt(2, lambda: two_from((1, 2, 3)))
attempt(3, lambda: two_from([1]))
attempt(4, lambda: two_from([]))
attempt(5, lambda: two_from("abcd"))
attempt(6, lambda: two_from(5))
attempt(7, lambda: two_from(None))
attempt(8, lambda: star_from([1]))
attempt(9, lambda: star_mid([1, 2]))
attempt(10, lambda: nested([(1, 2, 3), 4]))
attempt(11, lambda: nested([1, 2]))
attempt(12, lambda: two_from(iter([1, 2, 3])))
attempt(13, lambda: two_from(x for x in range(5)))
attempt(14, lambda: three_from({"a": 1}))
attempt(15, lambda: star_from(range(2)))
attempt(16, lambda: three_from(range(10)))
