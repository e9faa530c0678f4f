first = 1
second = 2
def fn():
    return third
