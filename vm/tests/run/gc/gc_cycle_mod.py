def f():
    return f


x = [1, 2, 3]
