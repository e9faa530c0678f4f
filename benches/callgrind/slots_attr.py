import sys
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
        self.y = 2
def run(n):
    p = P()
    for i in range(n):
        p.x = p.y; p.y = p.x; p.x = p.y; p.y = p.x; p.x = p.y
run(int(sys.argv[1]))
