# Closures capture variables, not values.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def make_acc(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    def get():
        return total
    return add, get
add, get = make_acc(10)
add(5)
add(-3)
print(get())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()
print(outer())
def multipliers():
    return [lambda v: v * i for i in range(4)]
print([m(10) for m in multipliers()])
def multipliers_fixed():
    return [lambda v, i=i: v * i for i in range(4)]
print([m(10) for m in multipliers_fixed()])
fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print([f() for f in fs])
i = 100
print([f() for f in fs])
def factory(n):
    return lambda: n
gs = [factory(j) for j in range(3)]
print([g() for g in gs])
