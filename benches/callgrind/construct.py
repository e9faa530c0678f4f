import sys
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def run(n):
    for i in range(n):
        P(i, 2)
run(int(sys.argv[1]))
