import sys
def g(a, b=2):
    return a
def run(n):
    for i in range(n):
        g(i)
run(int(sys.argv[1]))
