# Instance attributes added in different orders, deleted and re-added.
class Box:
    pass

a = Box()
a.x = 1
a.y = 2
a.z = 3
b = Box()
b.z = 30
b.y = 20
b.x = 10
print(list(vars(a)), list(vars(b)))
print(a.__dict__, b.__dict__)
del a.y
print(list(a.__dict__))
a.y = 22
print(list(a.__dict__), a.y)
del b.z, b.x
print(b.__dict__)
b.x = 100
b.z = 300
print(b.__dict__)

def total(o):
    return o.x + o.y + o.z

print(total(a), total(b))
for i in range(5):
    o = Box()
    if i % 2:
        o.x, o.y, o.z = i, i, i
    else:
        o.z, o.y, o.x = i, i * 2, i * 3
    print(list(vars(o)), total(o))

c = Box()
for name in ["alpha", "beta", "gamma", "delta"]:
    setattr(c, name, len(name))
print(vars(c))
delattr(c, "beta")
print(vars(c))
try:
    delattr(c, "beta")
except AttributeError as e:
    print(e)
