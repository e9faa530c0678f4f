class T:
    def __bool__(self):
        print("T.__bool__")
        return True
class F:
    def __bool__(self):
        return False
class L0:
    def __len__(self):
        return 0
class L3:
    def __len__(self):
        return 3
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass

for o in [T(), F(), L0(), L3(), Both(), Neither()]:
    print(type(o).__name__, bool(o), "yes" if o else "no", not o)
print(F() or "fallback", T() and "second", L0() or L3().__len__())
print(all([T(), L3()]), any([F(), L0()]))
x = 0
while L3() and x < 2:
    x += 1
print(x)
print([type(o).__name__ for o in [F(), L3(), L0()] if o])

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -5
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
