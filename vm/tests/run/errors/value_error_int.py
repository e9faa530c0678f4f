# Uncaught ValueError from int().
for s in ["10", "20"]:
    print(int(s) * 2)
print(int("abc"))
