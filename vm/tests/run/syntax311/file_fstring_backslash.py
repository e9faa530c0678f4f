# 3.11 refuses a backslash in an f-string's expression part; the file
# fails to compile, so nothing runs.
print("not reached")
words = ['a', 'b']
print(f'{"\n".join(words)}')
