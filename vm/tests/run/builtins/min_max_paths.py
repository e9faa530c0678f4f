# min/max over their argument list, a tuple, a list (which the key may
# change while it is scanned), and any iterable: the same results, ties and
# errors as CPython.
print(min(3, 1, 2), max(3, 1, 2), min((5, 4)), max([7, 9, 8]), min("bca"), max(iter([1, 5, 2])))
print(min(1, 1.0), min(1.0, 1), max(2, 2.0), max(2.0, 2), min([1, True]), max([0, False]))
print(min([], default="d"), max((), default=None), min([[2], [1, 5], [1]]), max((1, "a")[0:1]))
print(min(-5, 3, key=abs), max(-5, 3, key=abs), min([4, -4], key=abs), max([-4, 4], key=abs))
print(min(2, 3, key=None), max([2, 3], key=None))
nan = float("nan")
print(min(nan, 1), min(1, nan), max([nan, 2, 1]))
big = 10**30
print(min(big, -big, 5), max(big, 5), min(2**63, 2**63 - 1))
for args, kw in [((), {}), ((1,), {}), ((1, "a"), {}), (([1, None],), {}), ((1, 2), {"default": 0}), (([],), {})]:
    try:
        print(min(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
grow = [3, 1, 2]


def key(x):
    if len(grow) < 6:
        grow.append(x - 10)
    return x


print(min(grow, key=key), grow)
shrink = [5, 4, 3, 2, 1]


def key2(x):
    if shrink:
        shrink.pop()
    return x


print(max(shrink, key=key2), shrink)


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return "V(%d)" % self.v


print(min(V(2), V(1), V(3)), max([V(2), V(5), V(5)]), min((V(1), V(1))))
print(min((x * x for x in range(-3, 3))), max(range(10), key=lambda x: x % 4))
