# Truth testing in if/while/conditional expressions for builtin types.
values = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [[]], (), ((),), {}, {"": 0}, set(), {0},
          frozenset(), range(0), range(2), None, True, False, 2**100, -0.0, float("nan")]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
n = 5
out = []
while n:
    out.append(n)
    n -= 1
print(out)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
s = "abc"
while s:
    print(s)
    s = s[1:]
print("yes" if [0] else "no", "yes" if 0.0 else "no")
print(any([0, "", None]), any([0, "x"]), all([1, "a", [0]]), all([1, []]), all([]), any([]))
