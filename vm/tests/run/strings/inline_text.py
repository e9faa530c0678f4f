# Strings around the length kept in place (22 bytes): concatenation,
# lower/upper, slicing, hashing and dict keys agree whatever the storage.
parts = ["", "a", "é", "abcdefghij", "0123456789a", "€uro", "x" * 21, "y" * 22, "z" * 23, "ǅ", "straße", "İ"]
seen = {}
for p in parts:
    for q in parts:
        s = p + q
        t = "".join([p, q])
        assert s == t and hash(s) == hash(t), (p, q)
        seen[s] = len(s)
        print(len(s), s[:3], s[-3:], s.lower() == t.lower(), s.upper(), s.lower())
print(len(seen), sum(seen.values()))
w = "Hello, World"
acc = ""
for i in range(30):
    acc = acc + chr(65 + i % 26)
    print(i, acc, acc.lower(), len(acc), acc[i], acc in seen, hash(acc) == hash("".join(list(acc))))
print("ABC".lower() is not "abc", "abc".upper(), "MiXeD cAsE 123 ÄÖ".lower(), "MiXeD cAsE 123".upper())
d = {("k" + str(i)): i for i in range(40)}
print(sum(d["k" + str(i)] for i in range(40)), "k7" in d, ("k" + "7") in d)
