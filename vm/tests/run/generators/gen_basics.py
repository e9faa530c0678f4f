# Generator functions: yield, next, exhaustion, StopIteration.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count_up(3)
print("created")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(next(g, "default"))
print(list(count_up(4)))
for v in count_up(2):
    print("for got", v)
def with_return():
    yield 1
    return "done"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def gen_expr_in_gen():
    yield from (i * 2 for i in range(3))
print(list(gen_expr_in_gen()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)
it = fib()
print([next(it) for _ in range(10)])
print(sum(x for x, _ in zip(fib(), range(20))))
