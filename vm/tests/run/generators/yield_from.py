# yield from: delegation, return values, nested delegation.
def inner():
    yield "i1"
    yield "i2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield "o1"
    return "outer-result"
g = outer()
for v in g:
    print("got", v)
def top():
    r = yield from outer()
    yield "top got " + r
print(list(top()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def delegate_to_empty():
    r = yield from []
    yield r
print(list(delegate_to_empty()))
def ret_only():
    return 7
    yield
def uses_ret_only():
    v = yield from ret_only()
    yield v * 6
print(list(uses_ret_only()))
def tree(depth):
    if depth == 0:
        yield "leaf"
        return 1
    left = yield from tree(depth - 1)
    right = yield from tree(depth - 1)
    return left + right
def count_leaves(d):
    n = yield from tree(d)
    yield ("count", n)
res = list(count_leaves(3))
print(len(res), res[-1])
