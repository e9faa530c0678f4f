# Uncaught AttributeError on None (list.append returns None).
items = []
items = items.append(1)
print(items)
items.append(2)
