# Uncaught IndexError from a list.
items = ["a", "b", "c"]
for i in range(3):
    print(items[i])
print(items[3])
