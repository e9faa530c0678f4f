import math
import sys
def run(n):
    for i in range(n):
        math.floor(2.5)
run(int(sys.argv[1]))
