class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def add(a, b):
        return a + b

class Sub(Counter):
    pass

print(len(Counter.create(2)), Counter.count)
print(Counter.name(), Sub.name(), Sub().name(), Counter().name())
print(Counter.add(1, 2), Counter().add(3, 4), Sub.add("a", "b"))
print(type(Counter.__dict__["add"]).__name__, type(Counter.__dict__["name"]).__name__)
print(type(Sub.create(1)[0]).__name__)
sm = Counter.__dict__["add"]
print(sm.__func__(5, 6))
cm = Counter.__dict__["name"]
print(cm.__func__(Sub))
bound = Sub.name
print(bound.__self__.__name__, bound.__func__.__name__, bound())

def free(x):
    return x * 2
Counter.free_static = staticmethod(free)
Counter.free_class = classmethod(lambda cls, y: cls.__name__ + str(y))
print(Sub.free_static(4), Sub().free_class(9))
print(Counter.count)
try:
    Counter.add(1)
except TypeError as e:
    print("TypeError:", e)
