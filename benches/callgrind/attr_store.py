import sys
class C:
    def __init__(self):
        self.x = 1
def run(n):
    o = C()
    for i in range(n):
        o.x = i; o.x = i; o.x = i; o.x = i; o.x = i
run(int(sys.argv[1]))
