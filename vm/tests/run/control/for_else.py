# for loops with else, break, continue, nested loops and loop variables after the loop.
for i in range(3):
    print("loop", i)
else:
    print("else after full loop")
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("i after break", i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for ch in "":
    print("never")
else:
    print("else on empty iterable")
total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
print("total even", total)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
for x in [1, 2, 3]:
    pass
print("x after loop", x)
for idx, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(idx, a + b)
result = []
for i in range(3):
    for j in range(3):
        for k in range(3):
            if i + j + k == 4:
                result.append((i, j, k))
print(result)
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return None
print(first_negative([3, -1, -2]), first_negative([1]))
lst = [1, 2, 3]
for item in lst:
    if item == 2:
        lst.append(4)
    print("item", item)
