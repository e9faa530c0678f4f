# Uncaught TypeError: str does not support item assignment.
word = "cat"
print(word.upper())
word[0] = "b"
