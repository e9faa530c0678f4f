# Loops reading a global while the body rebinds or deletes it.
limit = 3
i = 0
seen = []
while i < limit:
    seen.append((i, limit))
    if i == 1:
        limit = 5
    i += 1
print(seen)

step = 1
out = []
for n in range(6):
    out.append(step)
    step = step * 2
    if n == 3:
        del step
        step = -1
print(out, step)

# delete inside loop, NameError on the next read
flag = "on"
reads = []
for n in range(3):
    try:
        reads.append(flag)
        if n == 0:
            del flag
    except NameError as e:
        reads.append(str(e))
print(reads)

# a function rebinding the global used by the loop condition
stop = 4
def shrink():
    global stop
    stop -= 1
k = 0
while k < stop:
    shrink()
    k += 1
print(k, stop)

# recursion through a global name rebound mid-way
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(5))
orig_fact = fact
def fake(n):
    return 100
fact = fake
print(orig_fact(5), fact(5))
fact = orig_fact
print(fact(5))

calls = []
def countdown(n):
    calls.append(n)
    if n == 3:
        global countdown
        countdown = lambda m: calls.append(("lambda", m))
    if n > 0:
        countdown(n - 1)
countdown(5)
print(calls)
calls.clear()
countdown(2)
print(calls)

# recursion where the name is deleted mid-way
def walker(n):
    if n == 2:
        del globals()["walker"]
    if n == 0:
        return "bottom"
    try:
        return walker(n - 1)
    except NameError as e:
        return "stopped at " + str(n) + ": " + str(e)
print(walker(4))
print("walker" in globals())

# mutual recursion with one partner replaced
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7))
real_odd = is_odd
is_odd = lambda n: "odd replaced"
print(is_even(10), is_even(0))
is_odd = real_odd
print(is_even(9))

# loop calling a global function that is redefined within the loop
def op(x):
    return x + 1
acc = []
for j in range(4):
    acc.append(op(j))
    if j == 1:
        def op(x):
            return x * 10
print(acc)

# comprehension reading a global rebound by a function it calls
mult = 2
def bump_mult(v):
    global mult
    mult += 1
    return v
print([bump_mult(v) * mult for v in range(4)], mult)

# nested loops with global counter deleted and re-created
for a in range(2):
    total_n = 0
    for b in range(3):
        total_n += b
    print(a, total_n)
    del total_n
print("total_n" in globals())
