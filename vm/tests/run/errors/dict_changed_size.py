# Uncaught RuntimeError from mutating a dict while iterating it.
d = {"a": 1, "b": 2}
for k in d:
    print(k)
    d[k + "!"] = 0
