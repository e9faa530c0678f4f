# A newline inside a single-quoted f-string's field: unterminated in 3.11.
print("not reached")
s = f'{1 +
 2}'
