import sys
def run(n):
    x = (1, 2)
    for i in range(n):
        len(x)
run(int(sys.argv[1]))
