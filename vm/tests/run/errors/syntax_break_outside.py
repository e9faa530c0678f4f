# 'break' outside loop is a SyntaxError.
print("never printed")
if True:
    break
