# Uncaught TypeError: calling the None returned by list.sort.
data = [3, 1, 2]
result = data.sort()
print(data, result)
result()
