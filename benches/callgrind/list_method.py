import sys
def run(n):
    lst = []
    for i in range(n):
        lst.append(i)
run(int(sys.argv[1]))
