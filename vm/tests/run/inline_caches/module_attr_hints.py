# Sites that read a module's attribute (and call it) keep a hint of where
# the name sits in the module's dict; every change to the module must be
# seen at once: rebinding, deletion, re-adding (at another index), writes
# through __dict__, and a module dict with a key that only compares equal.
import math
import sys

me = sys.modules[__name__]
value = 1


def read():
    return me.value


def call(x):
    return math.sqrt(x)


def method_style(x):
    return math.floor(x)


print(read(), call(16.0), method_style(2.5))
value = 2
print(read())
math.sqrt = lambda x: "patched"
print(call(4.0))
del math.sqrt
try:
    call(4.0)
except AttributeError as e:
    print("AttributeError", e)
math.sqrt = lambda x: "re-added"
print(call(4.0))
del me.value
try:
    read()
except AttributeError as e:
    print("AttributeError", e)
me.__dict__["value"] = 3
print(read())
globals()["value"] = 4
print(read())


class Eq:
    def __hash__(self):
        return hash("value")

    def __eq__(self, other):
        return other == "value"


del me.value
me.__dict__[Eq()] = "through an equal key"
print(read())
for k in [k for k in me.__dict__ if isinstance(k, Eq)]:
    del me.__dict__[k]
value = 5
print(read(), [read() for _ in range(3)])
