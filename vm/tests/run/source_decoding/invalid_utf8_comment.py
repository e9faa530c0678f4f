# a comment with a bad byte: é
print('never')
