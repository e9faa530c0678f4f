# Comprehensions have their own scope; loop variables do not leak.
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
y = 10
print([y * i for i in range(3)])
print({i: y for i in range(2)}, {y + i for i in range(2)}, list(y - i for i in range(2)))
def f():
    z = 3
    return [z * k for k in range(3)]
print(f())
i = "keep"
_ = [i for i in "ab"]
print(i)
matrix = [[1, 2], [3, 4]]
print([[row[j] for row in matrix] for j in range(2)])
def nested_free():
    a = 2
    return [[a * m * n for n in range(3)] for m in range(3)]
print(nested_free())
res = [j for j in range(5) if j not in [k for k in range(2)]]
print(res)
try:
    print(k)
except NameError as e:
    print("NameError:", e)
data = [1, 2, 3]
print([data for data in data])
print(data)
n = 5
try:
    print([n for _ in range(2) for n in range(n)])
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print([m for m in range(n)])
print(n)
