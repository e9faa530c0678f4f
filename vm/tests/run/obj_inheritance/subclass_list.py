class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
print(len(ml), type(ml).__name__, isinstance(ml, list))
ml.append(4)
print(ml, ml.total())
print(ml[1:3], type(ml[1:3]).__name__, ml[0], ml[-1])
print(ml == [1, 2, 3, 4], list(ml), sorted(ml, reverse=True))

class Stack(list):
    def push(self, v):
        self.append(v)
        return self
s = Stack()
s.push(1).push(2)
print(s, s.pop(), s)
s.tag = "tagged"
print(s.tag, vars(s))
class Sub(list):
    pass
try:
    hash(Sub())
except TypeError as e:
    print("TypeError:", e)
