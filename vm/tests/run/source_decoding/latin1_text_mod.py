# coding: latin-1
s = 'grüße'
