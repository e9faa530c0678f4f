class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

class Circle(Shape):
    pass

shapes = [Square(3), Circle(), Square(1)]
for s in shapes:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e, type(s).__name__)
print(Square.area is Shape.area, Circle.area is Shape.area)
print(Square(2).area.__name__, Square.area.__qualname__)
