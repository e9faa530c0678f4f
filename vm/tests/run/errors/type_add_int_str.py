# Uncaught TypeError: int + str.
count = 3
print("count is", count)
print(count + " items")
