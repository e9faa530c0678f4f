# Closures and generators sharing state.
def make_gen_and_ctl():
    state = {"step": 1}
    def gen():
        n = 0
        while n < 20:
            yield n
            n += state["step"]
    def set_step(s):
        state["step"] = s
    return gen, set_step
gen, set_step = make_gen_and_ctl()
g = gen()
out = [next(g), next(g)]
set_step(5)
out += list(g)
print(out)
def outer():
    x = 0
    def g():
        nonlocal x
        while True:
            x += 1
            yield x
    it = g()
    a = next(it)
    b = next(it)
    return a, b, x
print(outer())
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for i in range(3):
        bump()
        yield count
print(list(counter_gen()))
