# Built-in functions and methods called with 0 to 6 positional arguments,
# as bound methods and through names, on built-in values and on instances
# of user subclasses of built-in types; errors raised by the callee leave
# the stack as it was (the loop goes on).


class L(list):
    pass


class S(str):
    def shout(self):
        return self.upper() + '!'


print(len([1, 2, 3]), abs(-4), divmod(17, 5), pow(2, 10, 1000))
print(max(3, 9, 4), min(3, 9, 4, 1), max(1, 2, 3, 4, 5), min(6, 5, 4, 3, 2, 1))
print(isinstance(3, int), getattr(3, 'real'), getattr(3, 'nope', 'default'))
print(round(2.675, 2), sorted([3, 1, 2]), repr('x'), hash(1) == hash(1.0))

xs = []
for i in range(5):
    xs.append(i * i)
xs.insert(0, -1)
print(xs, xs.index(9), xs.count(4), xs.pop(), xs.pop(0), xs)

l = L([3, 1, 2])
l.append(0)
l.sort()
print(l, type(l).__name__, len(l), l.index(2), list.__len__(l))
s = S('abc')
print(s.upper(), s.shout(), s.replace('b', 'B', 1), s.center(7, '*'), str.upper(s))
d = {}
d.setdefault('k', []).append(1)
print(d, d.get('k'), d.get('z', 0), dict.get(d, 'k'))
print('-'.join(['a', 'b']), 'a,b,c'.split(',', 1), 'abcabc'.find('c', 3, 6))

# Errors from built-ins, in a loop: each is caught and the loop goes on.
results = []
for args in [(), (1,), (1, 2), ('a', 2), (1, 2, 3)]:
    try:
        results.append(divmod(*args))
    except TypeError as e:
        results.append('TypeError: ' + str(e))
print(results)
for v in [[1], 5, 'ab', None]:
    try:
        print(len(v))
    except TypeError as e:
        print('TypeError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    int('x', 10)
except ValueError as e:
    print('ValueError:', e)


total = 0
for i in range(10000):
    total += len((i, i)) + abs(-i) + max(i, 3)
print(total)
