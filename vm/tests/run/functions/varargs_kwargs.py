# *args and **kwargs, unpacking at call sites.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, *[2, 3], *(4,), x=5, **{"y": 6}, z=7))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3), total(*range(10)))
def wrapper(*args, **kwargs):
    return inner(*args, **kwargs)
def inner(a, b, c=0):
    return a * 100 + b * 10 + c
print(wrapper(1, 2), wrapper(1, 2, 3), wrapper(c=1, b=2, a=3), wrapper(1, *[2], **{"c": 9}))
def kw_order(**kw):
    return list(kw.items())
print(kw_order(z=1, a=2, m=3))
print(kw_order(**{"b": 1}, **{"a": 2}))
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3), first_rest(*"abc"))
args = (1, 2)
kwargs = {"c": 3}
print(inner(*args, **kwargs))
print(max(*[3, 9, 2]), min(*"zay"))
print(*[1, 2, 3], sep="-")
def modify(*args, **kwargs):
    kwargs["added"] = True
    return type(args).__name__, type(kwargs).__name__, kwargs
d = {"x": 1}
print(modify(**d), d)
