setting = "default"
items = []

def read():
    return setting

def write(v):
    global setting
    setting = v

def add(x):
    items.append(x)
    return len(items)

def get_global_names():
    return sorted(k for k in globals() if not k.startswith("__"))

def make_new_global():
    globals()["created_later"] = "made by function"
