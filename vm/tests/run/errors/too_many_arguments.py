# Uncaught TypeError for too many positional arguments.
def greet(name, greeting):
    return greeting + " " + name
print(greet("a", "hi"))
print(greet("a", "hi", "extra"))
