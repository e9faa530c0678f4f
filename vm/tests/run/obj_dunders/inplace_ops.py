class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self

a = Acc()
orig = a
a += 1
a += 2
a -= 1
print(a.items, a is orig)
a *= 3
print(a.items)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)

class BadIadd:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
z = BadIadd()
z += 1
print(z)

class NoneIadd:
    def __iadd__(self, o):
        pass
n = NoneIadd()
n += 1
print(n)

lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias)

class Holder:
    pass
h = Holder()
h.val = 10
h.val += 5
h.val //= 4
h.val **= 3
print(h.val)
d = {"k": [1]}
d["k"] += [2]
d["k"] *= 2
print(d)
try:
    u = object()
    u += 1
except TypeError as e:
    print("TypeError:", e)
try:
    s = "x"
    s -= "y"
except TypeError as e:
    print("TypeError:", e)
