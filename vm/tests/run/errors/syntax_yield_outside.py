# 'yield' outside function is a SyntaxError.
print("never printed")
yield 1
