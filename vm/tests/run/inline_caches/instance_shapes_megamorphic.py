# Instances of one class whose attributes were added in different orders pass
# through one load site and one store site: 1, 2, ... 6 shapes (megamorphic);
# then the last-added or a middle attribute deleted and re-added at hot sites.


class C:
    a = "class a"


def make(order):
    o = C()
    for k, name in enumerate(order):
        setattr(o, name, "%s%d" % (name, k))
    return o


orders = ["abc", "acb", "bac", "bca", "cab", "cba"]  # 6 insertion orders
pool = []
for n in range(1, 7):
    pool.append(make(orders[n - 1]))
    # the same site sees n different shapes
    seen = []
    for i in range(6):
        o = pool[i % n]
        seen.append(o.a + o.b + o.c)
    print(n, seen)

# a store site that sees every shape, then a load of the stored value
for i in range(12):
    o = pool[i % 6]
    o.b = o.b + "+"
    print(i, list(o.__dict__), o.b)

# shapes that differ in length: missing attributes at the same site
objs = [C(), make("x"), make("xa"), make("ax"), make("xyz"), make("a")]
for i in range(12):
    o = objs[i % 6]
    try:
        r = o.x
    except AttributeError as e:
        r = "AE(%s)" % e
    print(i, o.a, r, vars(o))

# objects with the same keys but created via different paths
p = C()
p.__dict__.update(c=1, b=2, a=3)
q = make("cba")
for i in range(4):
    for o in (p, q):
        o.a = i
        print(i, o.a, o.b, o.c, list(vars(o)))

print("--- delete and re-add")


class K:
    b = "class b"


o = K()
o.a, o.b, o.c = 1, 2, 3
for i in range(7):
    try:
        print(i, o.a, o.b, o.c, list(vars(o)))
    except AttributeError as e:
        print(i, "AttributeError:", e, list(vars(o)))
    if i == 0:
        del o.c          # last-added
    elif i == 1:
        o.c = "c again"  # re-added at the end
    elif i == 2:
        del o.b          # middle: class attribute b becomes visible
    elif i == 3:
        o.b = "b again"  # now after c
    elif i == 4:
        del o.a
        del o.c
    elif i == 5:
        o.c = "c3"
        o.a = "a3"

try:
    del o.b
    del o.b
except AttributeError as e:
    print("AttributeError:", e)
print(o.b, vars(o))
