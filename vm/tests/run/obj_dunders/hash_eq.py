class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "Key(%r)" % self.k

d = {Key("a"): 1, Key("b"): 2}
print(d[Key("a")], Key("b") in d, Key("c") in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))

class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    set([OnlyEq()])
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
p = Plain()
print({p: 1}[p], hash(p) == hash(p))

class Sub(OnlyEq):
    def __hash__(self):
        return 7
print(hash(Sub()))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {{}}
except TypeError as e:
    print("TypeError:", e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
print(hash(True) == hash(1), hash(2.0) == hash(2))
