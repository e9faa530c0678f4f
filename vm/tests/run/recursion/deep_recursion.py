# Recursion comfortably below the default limit of 1000.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)
print(sum_list(list(range(800))))
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
print(len(count_down(500, [])))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
ps = power_set([1, 2, 3, 4])
print(len(ps), sorted(ps)[:6])
def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(c + p)
    return out
print(permutations("abc"), len(permutations("abcde")))
def binary_strings(n):
    if n == 0:
        yield ""
        return
    for s in binary_strings(n - 1):
        yield s + "0"
        yield s + "1"
print(list(binary_strings(3)))
def nested_depth(n):
    return [] if n == 0 else [nested_depth(n - 1)]
x = nested_depth(50)
d = 0
while x:
    x = x[0]
    d += 1
print(d)
