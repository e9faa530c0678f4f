# sys.setrecursionlimit above 100 000 (issue 14): the limit is what the
# program asked for, and Python recursion that deep runs (CPython 3.11's
# Python-to-Python calls use no C stack; nsvm's frames use its native
# stack, with RecursionError where that runs out).
import sys
sys.setrecursionlimit(10**6)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(150000))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)
print(depth(900))
