# nonlocal naming a variable with no enclosing binding is a SyntaxError.
print("never printed")
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
