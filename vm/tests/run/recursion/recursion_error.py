# Unbounded recursion raises RecursionError, which can be caught; the program continues.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError:
    print("RecursionError caught")
print(isinstance(RecursionError(), RuntimeError))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("RecursionError caught again (mutual)")
def still_works(n):
    return n if n == 0 else still_works(n - 1)
print("after recovery", still_works(100))
try:
    forever(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
