# An unexpected indent is an IndentationError (a SyntaxError subclass).
print("never printed")
x = 1
    y = 2
