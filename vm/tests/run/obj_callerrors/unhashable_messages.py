class Eq:
    def __eq__(self, o):
        return False
class Sub(list):
    pass
vals = [[1], {"a": 1}, {1, 2}, Eq(), Sub(), ([1],), None]
for v in vals:
    try:
        hash(v)
        print(type(v).__name__, "hashable")
    except TypeError as e:
        print("hash:", e)
for v in vals:
    try:
        {v: 1}
        print(type(v).__name__, "ok as key")
    except TypeError as e:
        print("key:", e)
for v in vals[:4]:
    try:
        s = set()
        s.add(v)
    except TypeError as e:
        print("set.add:", e)
try:
    frozenset([[1]])
except TypeError as e:
    print("frozenset:", e)
d = {}
try:
    d[[1]] = 2
except TypeError as e:
    print("setitem:", e)
try:
    [1] in {1: 2}
except TypeError as e:
    print("in dict:", e)
try:
    [1] in {1, 2}
except TypeError as e:
    print("in set:", e)
print((1, 2) in {(1, 2): 0}, frozenset([1]) in {frozenset([1])})
