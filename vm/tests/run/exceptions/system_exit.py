# SystemExit with an int code sets the exit status; output before it is kept.
import sys
print("before exit")
def go():
    try:
        sys.exit(3)
    finally:
        print("finally still runs")
go()
print("not reached")
