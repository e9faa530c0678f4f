class Config:
    level = 0
    flags = ()

class Placeholder:
    level = "placeholder"

class User(Placeholder):
    def read(self):
        return (self.level, len(self.flags))

def tick(obj, n):
    out = []
    for i in range(n):
        out.append(obj.read())
        Config.level = i + 1
        Config.flags = Config.flags + (i,)
    return out

u = User()
print(u.level)
User.__bases__ = (Config,)
print(tick(u, 4))
u.level = "own"
print(tick(u, 2))
del u.level
print(u.read())
results = []
for i in range(5):
    if i == 2:
        User.read = lambda self: "patched at 2"
    if i == 4:
        del User.read
    try:
        results.append(u.read())
    except AttributeError as e:
        results.append(str(e))
print(results)
