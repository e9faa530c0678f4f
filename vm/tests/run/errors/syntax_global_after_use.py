# A name used before its global declaration is a SyntaxError.
print("never printed")
counter = 0
def f():
    counter = 1
    global counter
