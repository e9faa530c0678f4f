import sys
def run(n):
    for i in range(n):
        pass
run(int(sys.argv[1]))
