import sys
class G:
    def __getitem__(self, k):
        return k
def run(n):
    g = G()
    for i in range(n):
        g[i, 1]
run(int(sys.argv[1]))
