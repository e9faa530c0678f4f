x = 1
y = 2
print(x + y)
z = undefined_name
