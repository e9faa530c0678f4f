# coding: cp1252
s = '€ “quoted” …'
print(s, [hex(ord(c)) for c in s])
