class Bag:
    def __init__(self):
        self.items = [1, 2]
b = Bag()
print(len(b.items))
for x in b:
    print(x)
