import sys
class C:
    def m(self, x):
        return x
def run(n):
    c = C()
    for i in range(n):
        c.m(i)
run(int(sys.argv[1]))
