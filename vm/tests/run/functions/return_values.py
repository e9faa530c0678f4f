# Return values: multiple returns, early returns, implicit None, returning functions.
def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0
print([sign(x) for x in [-3, 0, 5]])
def nothing():
    x = 1
print(nothing())
def divmod_both(a, b):
    return a // b, a % b
q, r = divmod_both(17, 5)
print(q, r, divmod_both(-17, 5))
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
def returns_list():
    return [1, 2, 3]
returns_list().append(4)
print(returns_list())
def early(items):
    for i, it in enumerate(items):
        if it is None:
            return i
    return -1
print(early([1, None, 3]), early([]))
def returns_in_loop():
    for i in range(10):
        while True:
            return i * 100
print(returns_in_loop())
def ret_tuple():
    return 1,
print(ret_tuple())
def ret_none_explicit():
    return None
print(ret_none_explicit() is None)
def chain(x):
    return x and x[0] or "empty"
print(chain([]), chain(["a"]), chain([0]))
