def f(a, b):
    return a + b
def g(**kw):
    return kw
def posonly_like(*args):
    return args
tests = [
    lambda: f(1, a=2),
    lambda: f(1, c=2),
    lambda: f(a=1, b=2, z=3),
    lambda: posonly_like(x=1),
    lambda: f(1, **{"b": 2, "c": 3}),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(*[1], **{"a": 1}),
    lambda: g(**{1: 2}),
    lambda: f(*5),
    lambda: f(**[1]),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
class K:
    def meth(self, x):
        return x
    def __init__(self, v=0):
        self.v = v
try:
    K().meth(y=1)
except TypeError as e:
    print("TypeError:", e)
try:
    K(w=1)
except TypeError as e:
    print("TypeError:", e)
try:
    K().meth(1, x=2)
except TypeError as e:
    print("TypeError:", e)
print(f(b=1, a=2), g(a=1, b=2), f(*(1, 2)), f(**{"a": 3, "b": 4}))
