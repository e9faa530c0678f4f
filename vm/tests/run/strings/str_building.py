# Building strings in loops, join vs +=, str() of containers.
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))
acc = ""
for word in ["alpha", "beta", "gamma"]:
    acc += word[0].upper() + word[1:] + ";"
print(acc)
print(str([1, "two", 3.0, None, True, [4], (5,), {6: "six"}]))
print(repr(["a'b", 'c"d']))
print(str(()), str((1,)), str((1, 2)), str([]), str({}), str(set()), str(frozenset()))
print(str({1, 2, 3}), str(frozenset({4, 5})), str(range(3)), str(range(1, 10, 2)))
print(str(slice(1, 2)), str(slice(None, 5, -1)))
table = [["name", "qty"], ["apple", "3"], ["kiwi", "12"]]
w = max(len(r[0]) for r in table)
for name, qty in table:
    print(name.ljust(w) + " | " + qty.rjust(3))
line = "-" * 20
print(line)
print("|" + "x".center(18) + "|")
rows = ["%-6s%4d" % (n, q) for n, q in [("ab", 1), ("cdef", 22), ("g", 333)]]
print("\n".join(rows))
nested = [[1, 2], [3, [4, [5]]]]
print(nested, str(nested) == repr(nested))
