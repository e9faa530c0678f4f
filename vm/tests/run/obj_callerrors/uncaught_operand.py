class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.v + other.v)
        return NotImplemented
print((Money(1) + Money(2)).v)
total = Money(5) + 3
