# Generator state: local variables persist, multiple independent generators,
# generators inside loops and try/finally.
def counter(start):
    n = start
    while True:
        n += 1
        yield n
a = counter(0)
b = counter(100)
print(next(a), next(b), next(a), next(b), next(a))
def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally runs on exhaustion")
print(list(gen_with_finally()))
for v in gen_with_finally():
    print("v", v)
def early_break():
    g = gen_with_finally()
    for v in g:
        if v == "a":
            break
    g.close()
    return "broke, then closed explicitly"
print(early_break())
def gen_local_state():
    seen = []
    for x in "abc":
        seen.append(x)
        yield "".join(seen)
print(list(gen_local_state()))
g = gen_local_state()
print(next(g), next(g))
print(list(g))
def raise_inside():
    yield 1
    raise ValueError("inside generator")
r = raise_inside()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(next(r, "exhausted after error"))
def stop_iteration_inside():
    yield 1
    raise StopIteration("explicit")
try:
    print(list(stop_iteration_inside()))
except RuntimeError as e:
    print("RuntimeError:", e)
