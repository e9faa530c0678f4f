import sys
def run(n):
    return sum(i for i in range(n))
run(int(sys.argv[1]))
