
# coding=latin1
print('µ', ord('µ'))
