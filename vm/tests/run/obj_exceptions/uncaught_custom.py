class ConfigError(Exception):
    def __init__(self, key):
        super().__init__("bad key " + repr(key))
        self.key = key

def load(key):
    raise ConfigError(key)

print("starting")
try:
    load("a")
except ConfigError as e:
    print("handled", e, e.key)
load("zz")
print("never printed")
