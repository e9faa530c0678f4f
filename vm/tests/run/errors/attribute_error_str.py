# Uncaught AttributeError on str.
s = "text"
print(s.upper())
print(s.push("x"))
