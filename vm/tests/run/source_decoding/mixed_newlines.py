a = 1
b = 2
c = 3print(a, b, c)
s = '''1
2
34'''
print(repr(s))
