# Raising an exception class with no arguments.
print("about to raise")
raise NotImplementedError
