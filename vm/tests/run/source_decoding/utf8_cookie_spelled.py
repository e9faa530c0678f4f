# coding: UTF8
print('été'.upper())
# coding: latin-1 (too late to count)
