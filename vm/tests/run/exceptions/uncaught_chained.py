# Uncaught exception raised from another: the last stderr line is the final exception.
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise RuntimeError("config key missing: " + key) from e
print(load("a"))
print(load("zzz"))
