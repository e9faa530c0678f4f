print("init points", __name__)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
def origin():
    return Point(0, 0)
