# Lambdas: defaults, closures, immediate calls, in data structures, as keys.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda a, b=2: a + b)(1), (lambda *a, **k: (a, k))(1, z=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for op in "+-*/":
    print(op, ops[op](12, 4))
print(sorted(["ccc", "a", "bb"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-1, 0, 1)])
print((lambda: (yield))() is not None)
kw = lambda *, k: k
print(kw(k="kw-only"))
print((lambda x: lambda: x)(5)())
