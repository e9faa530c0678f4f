# nonlocal across several levels and interplay with global.
g = "global"
def level1():
    a = 1
    def level2():
        nonlocal a
        a += 10
        b = 2
        def level3():
            nonlocal a, b
            a += 100
            b += 200
            return a, b
        r = level3()
        return r, b
    r = level2()
    return r, a
print(level1())
def shadow():
    g = "local"
    def inner():
        return g
    return inner()
print(shadow(), g)
def uses_global():
    def inner():
        global g
        g = "changed"
    inner()
print(uses_global(), g)
def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down
up, down = counter_pair()
print(up(), up(), down(), up())
def nl_loop():
    total = 0
    def add(x):
        nonlocal total
        total += x
    for k in range(5):
        add(k)
    return total
print(nl_loop())
def rebinding():
    x = [1]
    def f():
        x.append(2)
        return x
    def h():
        nonlocal x
        x = ["new"]
    f()
    h()
    return x
print(rebinding())
def param_capture(p):
    def inner():
        nonlocal p
        p *= 2
        return p
    return inner
pc = param_capture(3)
print(pc(), pc(), pc())
