class MyError(Exception):
    pass

def work():
    try:
        raise MyError("first")
    finally:
        print("cleanup runs")

try:
    work()
except MyError as e:
    print("caught", e)
work()
