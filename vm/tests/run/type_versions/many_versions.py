# A class modified 2000 times (far past CPython 3.12's 1000 versions per
# class), then used: lookups through it and its subclasses stay right.


class Base:
    counter = 0

    def method(self):
        return "Base.method"


class Sub(Base):
    pass


for i in range(2000):
    Base.counter = i
    setattr(Base, "extra%d" % (i % 7), i)
    if i % 3 == 0:
        del Base.extra0
        Base.extra0 = -i

s = Sub()
total = 0
for i in range(1000):
    total += s.counter + Sub.counter
print(total, Base.counter, Sub.extra0, s.extra6)

names = [n for n in sorted(vars(Base)) if n.startswith("extra")]
print(names, [getattr(s, n) for n in names])

# Still followed after those 2000 changes: a new value, a new method.
out = []
for i in range(100):
    if i == 50:
        Base.method = lambda self: "replaced"
        Base.counter = "changed"
    out.append((s.method(), s.counter))
print(out[0], out[49], out[50], out[99])

# Bases reassigned many times.
class Alt:
    counter = "Alt"

for i in range(500):
    Sub.__bases__ = (Alt,) if i % 2 == 0 else (Base,)
print(Sub.__mro__, s.counter, isinstance(s, Alt), isinstance(s, Base))
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Alt.__subclasses__()])
