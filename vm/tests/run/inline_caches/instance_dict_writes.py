# Writes through obj.__dict__ (item set/del, update, clear, popitem, setdefault,
# pop) interleaved with attribute loads and stores at hot sites; then 41
# attributes via setattr and 200 attributes, seen through __dict__.


class C:
    y = "class y"


o = C()
o.x, o.y, o.z = 1, 2, 3
d = o.__dict__
ops = [
    lambda: d.__setitem__("x", "via d"),
    lambda: d.__delitem__("y"),
    lambda: d.update(y="upd y", w="upd w"),
    lambda: d.popitem(),
    lambda: d.clear(),
    lambda: d.setdefault("x", "setdefault x"),
    lambda: d.update([("z", "pairs z"), ("y", "pairs y")]),
    lambda: d.pop("x"),
]
for i in range(len(ops)):
    try:
        r = (o.x, o.y)
    except AttributeError as e:
        r = "AE(%s)" % e
    print(i, r, list(d), len(d), d is o.__dict__, d == vars(o))
    print("  op ->", ops[i]())

print("--- stores show in d")
for i in range(5):
    o.x = i
    o.y = i * 2
    if i % 2:
        del o.z
    else:
        o.z = "z%d" % i
    print(i, d, list(vars(o)), len(d), d["x"] + d["y"])

print("--- order after mixed adds/deletes")
p = C()
for name in "abcdef":
    setattr(p, name, name.upper())
pd = p.__dict__
for i in range(6):
    victim = "abcdef"[(i * 4) % 6]
    if i % 2 == 0:
        del pd[victim]
    else:
        delattr(p, victim)
    pd["n%d" % i] = i
    setattr(p, victim, i)
    print(i, list(pd), [k for k in vars(p)] == list(pd))
print(sorted(pd.items(), key=lambda kv: kv[0]))
print(list(pd.keys())[:3], list(pd.values())[-3:], len(pd))

print("--- 41 attributes via setattr")
p = C()
for k in range(41):
    setattr(p, "attr%d" % k, k * k)
print(len(vars(p)), p.attr0, p.attr20, p.attr40)
for i in range(6):
    name = "attr%d" % (i * 8)
    print(i, getattr(p, name), p.attr40)
    delattr(p, name)
    setattr(p, name, -i)
print(list(vars(p))[-6:], sum(vars(p).values()))

print("--- 200 attributes")
q = C()
for k in range(200):
    setattr(q, "f%d" % k, k)
total = 0
for i in range(200):
    total += getattr(q, "f%d" % i)
print(len(q.__dict__), total, q.f0, q.f199, q.y)
for i in range(0, 200, 3):
    delattr(q, "f%d" % i)
print(len(q.__dict__), list(q.__dict__)[:4], hasattr(q, "f3"), q.f4)
for i in range(5):
    q.f0 = i
    q.f199 = q.f0 + 1
    print(i, q.f0, q.f199, list(q.__dict__)[-2:])
