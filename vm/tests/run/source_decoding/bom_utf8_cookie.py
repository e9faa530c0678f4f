# coding: utf-8
print('BOM and utf-8 cookie agree')
