class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5))
print(list(map(add5, [1, 2])))

class NotCallable:
    pass
nc = NotCallable()
print(callable(nc), callable(NotCallable), callable(len), callable(None))
try:
    nc()
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    st = "s"
    st(1)
except TypeError as e:
    print("TypeError:", e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print("TypeError:", e)

nc.__call__ = lambda: "instance call"
try:
    nc()
except TypeError as e:
    print("TypeError still:", e)
NotCallable.__call__ = lambda self: "class call"
print(nc(), callable(nc))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), len(fib.cache), type(fib).__name__)
try:
    add5()
except TypeError as e:
    print("TypeError:", e)
