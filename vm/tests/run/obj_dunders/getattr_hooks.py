class Lazy:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("gen_"):
            v = name[4:] * 2
            setattr(self, name, v)
            return v
        raise AttributeError("no %s here" % name)

l = Lazy()
print(l.real, l.gen_ab, "gen_ab" in vars(l), l.gen_ab)
try:
    l.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(l, "other", "dflt"), hasattr(l, "other"), hasattr(l, "gen_x"))

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)

class Target:
    pass
t = Target()
p = Proxy(t)
p.x = 1
p.y = 2
print(p.x, t.x, vars(t))
del p.x
print(hasattr(t, "x"), p.log)
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)

class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
g = GA()
g.real = 1
print(g.magic, g.real, g.missing)

class Frozen:
    def __init__(self):
        object.__setattr__(self, "a", 1)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: cannot set " + name)
    def __delattr__(self, name):
        raise AttributeError("frozen: cannot delete " + name)
f = Frozen()
for action in ("set", "del"):
    try:
        if action == "set":
            f.a = 2
        else:
            del f.a
    except AttributeError as e:
        print(e)
print(f.a)
