# Memoisation and function factories built on closures.
def memoize(f):
    cache = {}
    calls = [0]
    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = f(n)
        return cache[n]
    all_calls.append(calls)
    return wrapper
all_calls = []
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), all_calls[0][0])
print(fib(90), all_calls[0][0])
def make_power(e):
    def power(b):
        return b ** e
    return power
square, cube = make_power(2), make_power(3)
print(square(7), cube(3), list(map(square, range(5))))
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30), wd(500), dep(0))
def once(f):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            done = True
            result = f(*a)
        return result
    return wrapper
init = once(lambda x: x * 2)
print(init(5), init(100), init(0))
