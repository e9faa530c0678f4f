import sys
class A:
    def __init__(self): self.x = 1
class B:
    def __init__(self): self.y = 0; self.x = 1
class C:
    def __init__(self): self.z = 0; self.x = 1
class D(A):
    pass
def run(n):
    objs = [A(), B(), C(), D()]
    for i in range(n):
        o = objs[i & 3]
        o.x
run(int(sys.argv[1]))
