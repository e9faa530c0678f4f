import sys
def f(a, b):
    return a
def run(n):
    for i in range(n):
        f(i, b=2)
run(int(sys.argv[1]))
