# repr() of strings: quote choice, escapes, non-ASCII, control characters.
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "new\nline", "tab\there", "back\\slash",
         "\r\n", "\x00\x01\x1f\x7f", "\x80\x9f\xa0", "é ü ß", "☃ snow", "\u200b", "\U0001F600",
         "", "'", '"', "\\n", "\a\b\f\v", "\ud800" if False else "x", "ÿ", "\x7e"]
for t in tests:
    print(repr(t), len(t))
print([tests[1], tests[2], tests[4]])
print(("a'b",), {"k\n": "v\t"})
print(str("it's"), "it's")
q = 'q"'
print("%r" % "it's", f"{q!r}", f"{'x'!r}")
print("abc\
def")
print('single' "adjacent" """triple""")
print("""multi
line""")
print(r"raw\n\t", len(r"\n"), r"C:\path\file")
print("\N{SNOWMAN}" if False else "\u2603", "\x41\102\u0043")
print("caf\u00e9" == "café", "\u00e9".upper())
