# A global shadowing a builtin, seen by functions already called (linked).
def size(x):
    return len(x)

def show(tag):
    print(tag, size("abc"), size([1, 2]))

def loop_len(items):
    out = []
    for it in items:
        out.append(len(it))
    return out

show("start")
print(loop_len(["a", "bb", "ccc"]))

len = lambda x: -1
show("shadowed")
print(loop_len(["a", "bb"]))

del len
show("restored")
print(loop_len(["xyz"]))

# shadow / unshadow inside a loop, observed by a linked function each turn
res = []
for i in range(6):
    if i % 2 == 0:
        len = lambda x, k=i: k * 100
    else:
        del len
    res.append(size("ab"))
print(res)
print("len" in globals())

# print replaced via a global, then deleted
def say(*a):
    print(*a)

say("plain", 1)
log = []
print = lambda *a: log.append(a)
say("captured", 2)
say("captured", 3)
del print
say("log:", log)

# shadow via globals() item assignment while a loop calls a linked function
def total(xs):
    return sum(xs)

acc = []
for i in range(4):
    if i == 1:
        globals()["sum"] = lambda xs: "fake"
    if i == 3:
        del globals()["sum"]
    acc.append(total([1, 2, 3]))
print(acc)

# shadowing a builtin type name
def mk():
    return list("ab"), isinstance([], list)

print(mk())
list = tuple
print(mk())
del list
print(mk())

# deleting an already-deleted shadow: NameError naming the builtin
try:
    del len
except NameError as e:
    print("NameError:", e)

# builtin reachable again after shadow deleted, inside a comprehension
min = max
print([min(a, 5) for a in range(3, 8)])
del min
print([min(a, 5) for a in range(3, 8)])

# shadows created by binding statements other than plain assignment
def three():
    return len("abc"), abs(-2), max(1, 2)

for len in [lambda x: "for-target"]:
    pass
print(three())
del len
try:
    raise ValueError("v")
except ValueError as len:
    print(type(len).__name__)
print(three(), "len" in globals())
class abs:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "abs-class"
print(three())
del abs
def max(*a):
    return "def max"
print(three())
del max
import builtins as len
try:
    three()
except TypeError as e:
    print("TypeError")
del len
from builtins import round as abs
print(three())
del abs
exec("len = lambda x: 'exec shadow'", globals())
print(three())
exec("del len", globals())
import sys
setattr(sys.modules["__main__"], "max", lambda *a: "setattr shadow")
print(three())
delattr(sys.modules["__main__"], "max")
print(three())
