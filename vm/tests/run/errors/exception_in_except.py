# An exception raised inside an except block: the last line is the new exception.
try:
    [][0]
except IndexError:
    print("handling IndexError")
    {}["k"]
