# Uncaught AttributeError on a builtin type.
items = [1, 2]
items.append(3)
print(items)
items.foo()
