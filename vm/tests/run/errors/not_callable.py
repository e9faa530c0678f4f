# Uncaught TypeError: calling an int (a classic shadowing bug).
total = 0
for i in range(3):
    total += i
print(total)
print(total(5))
