class Rec:
    def __init__(self):
        self.a = 1

r = Rec()
d = r.__dict__
d["b"] = 2
print(r.b)
r.c = 3
print(d)
del d["a"]
print(hasattr(r, "a"))
print(vars(r) is r.__dict__)
r.__dict__ = {"fresh": True}
print(r.fresh, hasattr(r, "b"), vars(r))
print(d)
vars(r)["more"] = 5
print(r.more)
r.__dict__.update(x=1, y=2)
print(sorted(r.__dict__.items()))
r.__dict__.clear()
print(r.__dict__)
try:
    r.x
except AttributeError as e:
    print(e)
print(isinstance(r.__dict__, dict))
try:
    r.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
