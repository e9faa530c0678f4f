# one
# two
# coding: latin-1
print('é')
