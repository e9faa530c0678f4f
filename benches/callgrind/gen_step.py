import sys
def g(n):
    for i in range(n):
        yield i
def run(n):
    for x in g(n):
        pass
run(int(sys.argv[1]))
