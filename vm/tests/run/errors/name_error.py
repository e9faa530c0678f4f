# Uncaught NameError for an undefined global.
def compute():
    return undefined_thing * 2
print("before")
compute()
