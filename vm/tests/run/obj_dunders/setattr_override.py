class Validated:
    def __setattr__(self, name, value):
        if name.startswith("n_") and not isinstance(value, int):
            raise TypeError("%s must be int, got %s" % (name, type(value).__name__))
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)

v = Validated()
v.n_count = 3
v.label = "hello"
print(v.n_count, v.label, vars(v))
try:
    v.n_bad = "x"
except TypeError as e:
    print("TypeError:", e)
print(sorted(vars(v)))

class Counting:
    sets = 0
    def __setattr__(self, name, value):
        type(self).sets += 1
        self.__dict__[name] = value
    def __delattr__(self, name):
        print("deleting", name)
        del self.__dict__[name]
c = Counting()
c.a = 1
c.b = 2
c.a = 3
print(Counting.sets, vars(c))
del c.a
print(vars(c))
try:
    del c.zzz
except KeyError as e:
    print("KeyError:", e)
setattr(c, "via_setattr", 1)
print(Counting.sets)
c.__dict__["direct"] = 1
print(Counting.sets, sorted(vars(c)))
Counting.__setattr__ = object.__setattr__
c.plain = 5
print(Counting.sets, c.plain)
