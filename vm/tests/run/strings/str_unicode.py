# Unicode strings: lengths, ord/chr, slicing by code point.
s = "naïve café 日本語 😀!"
print(s, len(s))
print([ord(c) for c in s[-3:]])
print(s[6:10], s[11:14], s[-2], s.upper())
print(s.split(), s.find("日"), s.index("😀"), s.count("é"))
print(repr(s))
print(chr(0x65e5), chr(0x1F600), chr(233), chr(0))
print(repr(chr(0)), repr(chr(127)), repr(chr(160)), repr(chr(0x2028)))
print("ß".upper(), "İ".lower() == "i̇", len("İ".lower()))
print("é" == "e\u0301", len("e\u0301"))
print(sorted(["é", "e", "f", "z", "É"]))
print("日本" + "語", "日" * 3, "本" in s)
print("".join(reversed("añb")), "añb"[::-1])
print(max("añb"), min("añb"))
print(f"{'日本':>6}|{'é':^5}|{'x':<3}|")
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
