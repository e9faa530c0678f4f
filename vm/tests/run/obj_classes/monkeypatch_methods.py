class Greeter:
    def greet(self):
        return "hello"

g = Greeter()

def call(o):
    return o.greet()

print(call(g))
Greeter.greet = lambda self: "patched"
print(call(g))

def new_greet(self, name="world"):
    return "hi " + name
Greeter.greet = new_greet
print(call(g), g.greet("bob"))
g.greet = lambda: "instance-level"
print(call(g))
del g.greet
print(call(g))
del Greeter.greet
try:
    call(g)
except AttributeError as e:
    print("AttributeError:", e)

class Base:
    def who(self):
        return "base"
class Derived(Base):
    pass
d = Derived()
results = []
for i in range(4):
    results.append(d.who())
    if i == 0:
        Derived.who = lambda self: "derived"
    elif i == 1:
        Base.who = lambda self: "base2"
    elif i == 2:
        del Derived.who
print(results)
Base.extra = 99
print(d.extra)
