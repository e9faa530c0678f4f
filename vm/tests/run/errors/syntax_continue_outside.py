# 'continue' not properly in loop is a SyntaxError.
print("never printed")
def f():
    continue
