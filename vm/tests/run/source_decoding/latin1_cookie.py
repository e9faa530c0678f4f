# -*- coding: latin-1 -*-
# Latin-1 bytes in a comment: éèÿ
s = "café üß ©"
print(s, len(s))
print([hex(ord(c)) for c in s])
été = 3
print(été * 2)
