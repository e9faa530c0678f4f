# finally runs (and prints) before an uncaught exception terminates the program.
def work():
    try:
        print("working")
        raise IndexError("tuple index out of range")
    finally:
        print("cleanup in finally")
try:
    work()
finally:
    print("module-level finally")
