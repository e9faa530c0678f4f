class Tracked:
    log = []
    def __new__(cls, *args):
        Tracked.log.append(("new", cls.__name__, args))
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, a, b=2):
        Tracked.log.append(("init", a, b))
        self.a = a
        self.b = b

t = Tracked(1)
print(t.created, t.a, t.b)
print(Tracked.log)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1
s1 = Singleton(); s2 = Singleton()
print(s1 is s2, s1.count)

class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never")
w = Weird()
print(type(w).__name__)

class ReturnsInt:
    def __new__(cls, v):
        return v * 10
print(ReturnsInt(4))

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class WithInit:
    def __init__(self, x):
        self.x = x
try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)
try:
    WithInit(1, 2)
except TypeError as e:
    print("TypeError:", e)
