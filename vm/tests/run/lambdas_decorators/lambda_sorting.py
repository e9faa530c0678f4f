# Sorting, min, max with lambda keys.
people = [("Ann", 31, "NY"), ("bob", 25, "LA"), ("Cat", 31, "SF"), ("dan", 19, "NY")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[0].lower()))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(max(people, key=lambda p: (p[1], p[0])), min(people, key=lambda p: len(p[0]) + p[1]))
print(sorted(range(-5, 6), key=lambda x: (x * x, x)))
print(sorted("The quick brown Fox".split(), key=str.lower))
print(sorted([3, 1, 2], key=lambda x: 0))
print(max([], key=lambda x: x, default="empty"), min([5], key=lambda x: -x))
d = {"a": 3, "b": 1, "c": 2}
print(sorted(d, key=lambda k: d[k]), sorted(d.items(), key=lambda kv: -kv[1]))
