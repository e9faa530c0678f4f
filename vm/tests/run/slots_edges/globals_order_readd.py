# Insertion order of globals(): delete and re-add must go last.
first = 1
second = 2
third = 3

def tail(n):
    return list(globals())[-n:]

print(tail(3))
del first
print(tail(3))
first = "again"
print(tail(3))
second = "rebind keeps place"
print(tail(3))
print(list(globals()).index("second") < list(globals()).index("third"))

globals()["fourth"] = 4
print(tail(2))
del globals()["second"]
globals()["second"] = 22
print(tail(3))

globals().pop("third")
third = 33
print(tail(3))

# setdefault on an existing name does not move it
globals().setdefault("first", 0)
print(tail(3))

# update: existing keys keep place, new keys appended
globals().update({"first": "F", "fifth": 5})
print(tail(4))

# function definitions are appended too
def late():
    return 1
print(tail(2))
def late():
    return 2
print(tail(2))
del late
def late():
    return 3
print(tail(1), late())

# a name assigned in a loop, deleted and re-added each iteration
for i in range(3):
    x_loop = i
    if i < 2:
        del x_loop
print(tail(2))

# order across the whole dict for the names we control
mine = [k for k in globals() if k in ("first", "second", "third", "fourth", "fifth", "late")]
print(mine)

# keys of a snapshot vs live view after further changes
snap = list(globals())
del fourth
fourth = "re"
now = list(globals())
print(snap[-3:], now[-3:])
print(len(snap) + 1 == len(now))

# class definition order
class K:
    pass
print(tail(1))

# a global written from a function for the first time goes last
def make_new():
    global made_in_func
    made_in_func = "yes"
make_new()
print(tail(2))
