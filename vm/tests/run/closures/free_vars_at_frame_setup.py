# Free variables are in place from a frame's first instruction: closures
# called, generators created before their first next(), class bodies that
# read an enclosing function's variables, cells that are both a parameter
# and captured, and zero-argument super() from methods, generators,
# comprehensions and nested functions.


def counter(start):
    n = start

    def inc(by=1):
        nonlocal n
        n += by
        return n

    return inc


c = counter(10)
print(c(), c(5), c())


def gen_over(xs):
    scale = 3

    def g():
        for x in xs:
            yield x * scale

    it = g()
    scale = 4  # the generator reads the cell when it runs
    return it


print(list(gen_over([1, 2, 3])))


def make_class(v):
    w = v * 2

    class K:
        a = v
        b = w

        def get(self):
            return v + w

    return K


K = make_class(5)
print(K.a, K.b, K().get())


def param_cell(a, b):
    def inner():
        return a + b

    a = a * 10
    return inner()


print(param_cell(1, 2))


def three_levels(x):
    def mid(y):
        def low(z):
            return x + y + z

        return low

    return mid


print(three_levels(1)(2)(3))
print([f() for f in [lambda i=i: i * i for i in range(4)]])
outer = 7
print([(lambda: outer + i)() for i in range(3)])


class Base:
    def m(self, x):
        return ('Base.m', x)

    def gen(self):
        yield 'Base.gen'


class D(Base):
    def m(self, x):
        return ('D.m',) + super().m(x)

    def gen(self):
        yield from super().gen()
        yield 'D.gen'

    def in_comprehension(self):
        return [super().m(i) for i in range(2)] if False else [super(D, self).m(i) for i in range(2)]

    def nested(self):
        def f():
            return super().m(1)

        try:
            return f()
        except RuntimeError as e:
            return 'RuntimeError: ' + str(e)

    def sees_class(self):
        super()
        return __class__.__name__


d = D()
print(d.m(1))
print(list(d.gen()))
print(d.in_comprehension())
print(d.nested())
print(d.sees_class())
print(D.m.__closure__[0].cell_contents.__name__)
for i in range(3):
    print(d.m(i))
