# Class bodies may contain arbitrary statements.
class Config:
    names = []
    for i in range(4):
        names.append("n%d" % i)
    if len(names) > 3:
        big = True
    else:
        big = False
    total = 0
    k = 0
    while k < 5:
        total += k
        k += 1
    try:
        bad = 1 // 0
    except ZeroDivisionError:
        bad = "caught"
    def method(self):
        return self.total
    del k
    x, *rest = [1, 2, 3]
    label = "big" if big else "small"

print(Config.names, Config.big, Config.total, Config.bad)
print(Config.i, Config.x, Config.rest, Config.label)
print(hasattr(Config, "k"))
print(Config().method())
print(sorted(n for n in vars(Config) if not n.startswith("__")))
