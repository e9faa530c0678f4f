import sys
class Base:
    def m(self, x):
        return x
class D(Base):
    def m(self, x):
        return Base.m(self, x)
def run(n):
    d = D()
    for i in range(n):
        d.m(i)
run(int(sys.argv[1]))
