import sys
class A:
    def m(self): return 1
class B(A):
    def m(self): return 2
class C(A):
    def m(self): return 3
class D(A):
    pass
class E(A):
    def m(self): return 5
class F(B):
    pass
def run(n):
    objs = [A(), B(), C(), D(), E(), F()]
    for i in range(n):
        o = objs[i % 6]
        o.m()
run(int(sys.argv[1]))
