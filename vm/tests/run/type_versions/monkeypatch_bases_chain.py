# Lookups through a grandchild follow changes made to a grandparent, even
# after the same lookups ran many times in a loop.


class GrandParent:
    colour = "red"

    def greet(self):
        return "GrandParent.greet"


class Parent(GrandParent):
    pass


class Child(Parent):
    pass


c = Child()
seen = []
for i in range(200):
    if i == 50:
        GrandParent.colour = "green"
    if i == 100:
        Parent.colour = "blue"
    if i == 150:
        del Parent.colour
    seen.append(c.colour)
print(seen[0], seen[49], seen[50], seen[99], seen[100], seen[149], seen[150], seen[199])
print(len(seen), seen.count("red"), seen.count("green"), seen.count("blue"))


# A method replaced mid-loop, on the grandparent, then overridden on the child.
def new_greet(self):
    return "new_greet"


def child_greet(self):
    return "child_greet"


out = []
for i in range(30):
    if i == 10:
        GrandParent.greet = new_greet
    if i == 20:
        Child.greet = child_greet
    out.append(c.greet())
print(out[9], out[10], out[19], out[20], out[29])
del Child.greet
print(c.greet(), Child.greet is GrandParent.greet, Child().greet())

# Class attributes read through the class and through the instance, and a
# method bound before the change.
bound = c.greet
GrandParent.greet = lambda self: "lambda greet"
print(bound(), c.greet(), Child.colour, Parent.colour)


# Attribute hooks added to a grandparent mid-loop.
class Leaf(Child):
    pass


leaf = Leaf()
got = []
for i in range(6):
    if i == 2:
        GrandParent.__getattr__ = lambda self, name: "missing " + name
    if i == 4:
        del GrandParent.__getattr__
    try:
        got.append(leaf.nothing)
    except AttributeError as exc:
        got.append("AttributeError")
print(got)

# A grandparent that gains __setattr__.
log = []


def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)


for i in range(4):
    if i == 2:
        GrandParent.__setattr__ = logging_setattr
    leaf.n = i
print(log, leaf.n)
del GrandParent.__setattr__
leaf.n = 99
print(log, leaf.n)

# Many subclasses below one class, all invalidated by one change.
subs = [type("S%d" % i, (Child,), {}) for i in range(50)]
before = [s().colour for s in subs]
GrandParent.colour = "purple"
after = [s().colour for s in subs]
print(set(before), set(after))
