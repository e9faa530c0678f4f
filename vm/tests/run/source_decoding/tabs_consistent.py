if True:
	x = 1
	if x:
	    y = 2
	    print(x, y)
	else:
		pass
def f():
	return 'tab body'
print(f())
