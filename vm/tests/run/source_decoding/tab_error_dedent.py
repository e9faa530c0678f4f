if True:
    if True:
	pass
print('never')
