# One method-call site fed receivers of many built-in types, and of
# subclasses of them: the site caches the built-in method it found for a
# receiver's type and must never hand it to a receiver of another type.


class MyList(list):
    def count(self, x):
        return "MyList.count"


class MyStr(str):
    pass


def counts(objs, x):
    return [o.count(x) for o in objs]


def count_one(objs):
    return [o.count("1" if isinstance(o, str) else 1) for o in objs]


objs = [[1, 2, 1], (1, 1, 1), "a1b1", [1], MyList([1]), MyStr("11"), "1", (1,)]
for _ in range(3):
    print(count_one(objs))

# The same site, receivers alternating list and tuple and str.
print(counts([[1, 1], (1,), [2], (1, 1, 1)], 1))
print(counts(["aaa", "ab"], "a"))


def bits(objs):
    return [o.bit_length() for o in objs]


print(bits([1, 255, True, False, 2**70, -5]))


def lower(objs):
    return [o.lower() for o in objs]


print(lower(["ABC", MyStr("DeF"), "x"]))


def get(objs):
    return [o.get("k", "default") for o in objs]


class MyDict(dict):
    def get(self, k, d=None):
        return "MyDict.get"


print(get([{"k": 1}, {}, MyDict(), {"k": 2}]))


def pops(objs):
    out = []
    for o in objs:
        try:
            out.append(o.pop())
        except (TypeError, KeyError, IndexError, AttributeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


print(pops([[1, 2], {1, 2}, [], set(), {"a": 1}, (1,)]))


def appends(objs):
    for o in objs:
        o.append(0)


a, b = [], MyList()
appends([a, b, a, b])
print(a, b)
try:
    appends([a, (1,)])
except AttributeError as e:
    print("AttributeError", e)
m = [].append
print(m.__self__, type(m).__name__)
print(type(m) is type(len), m.__name__, hasattr(m, "__func__"))


class A:
    def f(self):
        pass


print(type(A().f).__name__, hasattr(A().f, "__func__"))
