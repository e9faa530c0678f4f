# list operators: +, *, in, comparisons, augmented assignment aliasing.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [0] * 3
print(c, [1, 2] * 2, 2 * [None], [] * 5, [1] * 0, [1] * -1)
d = [1]
e = d
d *= 3
print(d, e, d is e)
print(2 in [1, 2, 3], [1] in [[1], [2]], "x" not in ["a"], None in [None])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] == [1, 2], [1] != [1.0])
print([[1, 2], [1]] < [[1, 2], [2]], ["a"] < ["b"], [1, "a"] == [1, "a"])
print(len([]), len([[], []]), list(), list("ab"), list((1, 2)), list(range(3)), list({"k": 1}))
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(9)
shallow.append([4])
print(nested, shallow)
l = list(range(10))
print(l[::2], l[::-3], l[-3:], l[2:8:2])
print(sum([[1], [2, 3]], []))
try:
    [1, 2] + (3,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
x = [1, 2]
x += (3, 4)
x += "ab"
print(x)
print([1, 2, 3][True], [1, 2, 3][-True])
