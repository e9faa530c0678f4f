# obj.__dict__ replaced by a new dict while load/store sites are hot, and two
# objects of different classes sharing one __dict__.


class C:
    a = "C.a"

    def show(self):
        return "C.show a=%s" % self.a


class D:
    def show(self):
        return "D.show b=%s" % getattr(self, "b", "-")


o = C()
o.a = "inst a"
o.b = "inst b"
old = o.__dict__
for i in range(6):
    try:
        print(i, o.a, o.b, o.show(), list(o.__dict__))
    except AttributeError as e:
        print(i, "AttributeError:", e, list(o.__dict__))
    if i == 1:
        o.__dict__ = {"a": 1}
    elif i == 2:
        o.b = "stored into new dict"
    elif i == 3:
        o.__dict__ = {"b": "only b", "show": lambda: "instance show"}
    elif i == 4:
        o.__dict__ = old
print(old is o.__dict__, old)

try:
    o.__dict__ = [("a", 1)]
except TypeError as e:
    print("TypeError:", e)

print("--- shared dict across classes")
a = C()
b = D()
a.a = "shared a"
b.__dict__ = a.__dict__
print(a.__dict__ is b.__dict__)
for i in range(6):
    print(i, a.show(), b.show(), sorted(vars(b)))
    if i == 0:
        b.b = "set via b"
    elif i == 1:
        a.a = "set via a"
    elif i == 2:
        del b.a
    elif i == 3:
        vars(a)["a"] = "via vars"
    elif i == 4:
        a.__dict__ = dict(a.__dict__)
        a.a = "unshared"
print(a.__dict__ is b.__dict__, sorted(a.__dict__.items()), sorted(b.__dict__.items()))
