class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u.shout(), u + "x", len(u), isinstance(u, str), u == "hey")

class Num(int):
    def __repr__(self):
        return "Num(%d)" % int(self)
n = Num(5)
print(repr(n), n + 1, type(n + 1).__name__, n * 2, n == 5)
class Flag(int):
    pass
print(Flag(3) | 4, sorted([Flag(2), 1, Flag(0)]))
