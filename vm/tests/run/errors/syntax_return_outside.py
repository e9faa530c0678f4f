# 'return' outside function is a SyntaxError at compile time.
print("never printed")
return 5
