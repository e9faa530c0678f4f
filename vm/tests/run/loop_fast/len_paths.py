# len(x) on every kind of receiver and call shape: built-in containers,
# subclasses, user __len__, a list being sorted, wrong arity, keywords, a
# shadowed or rebound len, len as a class attribute.
import builtins


class L(list):
    def __len__(self):
        return 99


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def plain():
    out = []
    things = ["", "héllo", (), (1, 2, 3), [], [1] * 5, {}, {"a": 1}, set(), {1, 2}, frozenset([1, 2, 3]), range(7), {"k": 1}.keys(), L([1, 2]), Sized(4)]
    for r in range(2):
        for t in things:
            out.append(len(t))
    print("plain", out)


def errors():
    for args in ((), (1, 2)):
        try:
            len(*args)
        except TypeError as e:
            print("arity", e)
    for bad in (5, None, 2.5, Sized(-1), Sized(2 ** 70), Sized("x")):
        try:
            print(len(bad))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    try:
        len(x=[1])
    except TypeError as e:
        print("kw", e)


def during_sort():
    data = [3, 1, 2]
    seen = []

    def key(v):
        seen.append(len(data))
        return v

    data.sort(key=key)
    print("sort", seen, data)


def rebound():
    out = []
    out.append(len([1, 2]))
    saved = builtins.len
    builtins.len = lambda x: -1
    try:
        out.append(len([1, 2]))
    finally:
        builtins.len = saved
    out.append(len([1, 2]))
    print("rebound", out)


def shadowed():
    len = lambda x: "shadow"
    return len([1])


class A:
    f = len


def as_attribute():
    a = A()
    return a.f([1, 2, 3]), A.f("ab")


plain()
errors()
during_sort()
rebound()
print("shadowed", shadowed())
print("attribute", as_attribute())
