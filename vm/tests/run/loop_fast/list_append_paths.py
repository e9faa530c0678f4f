# list.append through every call shape: the method-call pair on an exact
# list (run in place while the list has room, through the method when it
# grows), on a subclass, unbound, as a bound method object, and the errors.
lst = []
for i in range(40):
    lst.append(i * i)
print(len(lst), lst[:5], lst[-1])

tmp = [].append(1)
print(tmp)

me = [1]
me.append(me)
print(me)

class L(list):
    def append(self, x):
        print("L.append", x)
        super().append(x * 10)

sub = L()
sub.append(3)
print(sub)

class M(list):
    pass

m = M()
m.append(5)
m.append("x")
print(m, type(m).__name__)

list.append(lst, "unbound")
print(lst[-1])

bound = lst.append
bound("bound")
print(lst[-1])

try:
    lst.append()
except TypeError as e:
    print("TypeError:", e)
try:
    lst.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append(42, 1)
except TypeError as e:
    print("TypeError:", e)

# Appending while the list is being sorted: the key function appends.
data = [3, 1, 2]
def key(x):
    data.append(x)
    return x
try:
    data.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(len(data) >= 3)

# A shadowing attribute on the instance is a different method.
class Holder:
    pass
h = Holder()
h.append = lambda x: print("lambda", x)
h.append(7)

# The method looked up on each call: replaced on the class mid-loop.
class N(list):
    pass
n = N()
for i in range(3):
    if i == 2:
        N.append = lambda self, x: print("patched", x)
    n.append(i)
print(n)

try:
    list.append()
except TypeError as e:
    print("TypeError:", e)
try:
    dict.get(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    set.add([], 1)
except TypeError as e:
    print("TypeError:", e)
print("end")
