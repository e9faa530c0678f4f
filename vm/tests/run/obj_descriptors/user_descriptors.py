class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "<unset " + self.name + ">")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)

class Person:
    name = Typed("name", str)
    age = Typed("age", int)

p = Person()
print(p.name, p.age)
p.name = "Ann"
p.age = 30
print(p.name, p.age, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age, vars(p))
print(type(Person.name).__name__, Person.name.name)
p.__dict__["name"] = 123
print(p.name)

class Logged:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return "descriptor " + self.public + " on " + owner.__name__
        return getattr(obj, self.private)
    def __set__(self, obj, v):
        setattr(obj, self.private, v)

class Thing:
    size = Logged()
    color = Logged()
t = Thing()
t.size = 5
t.color = "red"
print(t.size, t.color, sorted(vars(t)), Thing.size)
