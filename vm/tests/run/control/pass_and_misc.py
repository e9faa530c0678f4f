# pass, empty bodies, semicolons, multiple statements, chained assignment.
def noop():
    pass
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
print(noop())
a = b = c = 5
print(a, b, c)
a = 1; b = 2; c = a + b; print(a, b, c)
x = [0] * 10
i = 1
i = x[i] = 9  # targets are assigned left to right: i first, then x[9]
print(i, x)
p = q = []
p.append(1)
print(p, q)
def docstring_only():
    """Only a docstring."""
print(docstring_only())
u, v = w = (1, 2)
print(u, v, w)
t = 0
for _ in range(3): t += 1
print(t)
if t: print("t set")
y = (
    1 +
    2 +
    3
)
print(y)
z = [
    1,
    2,
]
print(z)
long_string = ("part one, "
               "part two")
print(long_string)
total = 1 + \
    2
print(total)
