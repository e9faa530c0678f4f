# For loops over range, list and tuple iterators: the loop steps them in place
# (ForIter fast path), and what it must keep: a list growing or shrinking
# under its iterator, range bounds at the ends of the 64-bit range, a
# partly consumed iterator, an exhausted list iterator that stays exhausted.
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x < 6:
        l.append(x + 3)
print(out)
l = [1, 2, 3, 4, 5]
for x in l:
    print(x, end=' ')
    if l:
        l.pop(0)
print()
t = (1, 'a', None)
for x in t:
    print(x)
for i in range(3, 0, -1):
    print(i)
for i in range(2**63 - 3, 2**63 - 1):
    print(i)
for i in range(-2**63, -2**63 + 2):
    print(i)
it = iter([1, 2])
for x in it:
    print(x, list(it))
r = iter(range(5))
next(r)
for x in r:
    print(x)
    break
print(list(r))
l = [1]
it = iter(l)
print(list(it), list(it))
l.append(2)
print(list(it))
def g():
    for x in [1, 2, 3]:
        yield x
print(list(g()), sum(i for i in range(10)))
