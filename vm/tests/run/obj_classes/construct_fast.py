# Calls of classes (and of functions with defaults) taken on the stack:
# every case below must behave as the general path does, including
# changes to the class between calls and every error message.


class P:
    def __init__(self, x, y=10):
        self.x = x
        self.y = y


def make(n):
    return [P(i) if i % 2 else P(i, -i) for i in range(n)]


print([(p.x, p.y) for p in make(5)])

# __init__ replaced; a subclass with its own __new__.
old_init = P.__init__
P.__init__ = lambda self, x, y=0: setattr(self, "x", -x)
print([vars(p) for p in make(3)])
P.__init__ = old_init
print([vars(p) for p in make(2)])


class N(P):
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return object.__new__(cls)


print(vars(N(1)), vars(N(2, 3)))


# A base's __init__ changed: the subclass sees it at once.
class Q(P):
    pass


print(vars(Q(1)))
P.__init__ = lambda self, *a: setattr(self, "args", a)
print(vars(Q(1, 2, 3)))
P.__init__ = old_init


# __init__ that returns something, raises, or rebinds self.
class R:
    def __init__(self, v):
        if v == 1:
            return 5
        if v == 2:
            raise ValueError("two")
        self = None


for v in (0, 1, 2):
    try:
        print(type(R(v)).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Wrong numbers of arguments, keywords, and a missing required one.
for args in [(), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    eval("P()")
except TypeError as e:
    print("TypeError", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
print(vars(P(y=3, x=4)))


# A class with no __init__.
class T:
    pass


print(type(T()).__name__)
try:
    T(1)
except TypeError as e:
    print("TypeError", e)


# Exceptions and subclasses of built-in types take the general path.
class E(Exception):
    def __init__(self, a):
        super().__init__(a, a)


class L(list):
    def __init__(self, n):
        super().__init__(range(n))


print(E(3).args, L(3))


# Defaults are read when the call is made, and __defaults__ may change.
def g(a, b=1, c=2):
    return (a, b, c)


print(g(0), g(0, 5), g(0, 5, 6))
g.__defaults__ = (7,)
print(g(0, 1))
try:
    g(0)
except TypeError as e:
    print("TypeError", e)
g.__defaults__ = None
try:
    g(0, 1)
except TypeError as e:
    print("TypeError", e)


def deep(n):
    return P(n) if n == 0 else deep(n - 1)


print(deep(50).x)


class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None


try:
    Node(100000)
except RecursionError as e:
    print("RecursionError", e)
