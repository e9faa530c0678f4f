# KeyError for an empty-string key.
d = {"x": 1}
print(d.get(""))
print(d[""])
