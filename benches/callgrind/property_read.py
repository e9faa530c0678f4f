import sys
class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
def run(n):
    p = P()
    for i in range(n):
        p.v
run(int(sys.argv[1]))
