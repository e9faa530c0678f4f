print('before')
s = 'ÿþ'
