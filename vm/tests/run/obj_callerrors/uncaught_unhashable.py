class Rec:
    def __eq__(self, other):
        return True
seen = set()
seen.add(1)
print(len(seen))
seen.add(Rec())
