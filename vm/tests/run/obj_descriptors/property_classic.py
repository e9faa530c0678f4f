class Account:
    def __init__(self, balance):
        self._balance = balance
    def get_balance(self):
        return self._balance
    def set_balance(self, v):
        self._balance = max(0, v)
    def del_balance(self):
        print("closing")
        del self._balance
    balance = property(get_balance, set_balance, del_balance, "the balance")
    read_only = property(lambda self: "ro:" + str(self._balance))

a = Account(10)
a.balance = -5
print(a.balance, a.read_only)
a.balance = 42
print(a.balance)
print(Account.balance.__doc__)
del a.balance
print(hasattr(a, "_balance"))
try:
    a.balance
except AttributeError as e:
    print("AttributeError:", e)
p = property()
class Empty:
    x = p
try:
    Empty().x
except AttributeError as e:
    print("AttributeError:", e)
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Chain:
    def _g(self):
        return "g"
    x = property(_g)
    y = x.setter(lambda self, v: print("set y", v))
c = Chain()
c.y = 3
print(c.x, c.y, Chain.x is Chain.y)
try:
    c.x = 1
except AttributeError as e:
    print("AttributeError:", e)
