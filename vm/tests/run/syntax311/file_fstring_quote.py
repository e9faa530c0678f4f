# The f-string's own quote reused inside a replacement field ends the
# string in 3.11.
print("not reached")
d = {'k': 1}
print(f'{d['k']}')
