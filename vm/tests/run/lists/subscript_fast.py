# Indexing a list or tuple by an int: the loop reads the item in place
# (Subscript's fast path). What it must keep: negative indexes, the ends,
# bools as indexes, out-of-range and huge indexes raising as CPython does,
# and a list that changes between reads.
l = [10, 20, 30]
t = ('a', 'b')
print(l[0], l[2], l[-1], l[-3], t[0], t[-1], t[1])
print(l[True], l[False], t[True])
for i in range(-3, 3):
    print(i, l[i])
l.append(40)
print(l[3], l[-4])
del l[0]
print(l[0], l[-1])
for bad in (3, -4, 2**62, -2**62, 2**63 - 1, -2**63):
    try:
        print(l[bad])
    except IndexError as e:
        print('IndexError', e)
try:
    t[2]
except IndexError as e:
    print('IndexError', e)
try:
    l[2**100]
except IndexError as e:
    print('IndexError', e)
nested = [[1, 2], [3, 4]]
print(nested[1][0], nested[-1][-1])
s = 0
for i in range(1000):
    s += l[i % 3]
print(s)
