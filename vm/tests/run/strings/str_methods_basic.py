# The common str methods from the subset.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("\t\n x \r\n".strip()))
print(repr("--a--".lstrip("-")), repr("--a--".rstrip("-")), repr("".strip()))
print("hello".upper(), "HeLLo".lower(), "123abc".upper(), "ÄÖü".lower(), "straße".upper())
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"), "hello".endswith(""))
print("hello".startswith(("x", "h")), "hello".endswith(("x", "y")), "hello".startswith("l", 2))
print("a,b,c".split(","), "a,,b".split(","), " a  b  c ".split(), "a b c".split(" "))
print("a,b,c,d".split(",", 2), "".split(), "".split(","), "abc".split("abc"), "  ".split(" "))
print("one\ntwo\n".split("\n"), "x".split(","), "a--b--c".split("--"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("abc"), "x".join(["only"]))
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".replace("l", ""), "hello".replace("xyz", "!"), "aaa".replace("aa", "b"))
print("hello".find("l"), "hello".find("z"), "hello".find("l", 3), "hello".find(""), "hello".find("lo", 1, 4))
print("hello".index("e"), "hello".count("l"), "aaaa".count("aa"), "abc".count(""), "hello".count("l", 3))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
print("12345".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha(), "".isalpha(), "é".isalpha())
print(repr("ab".ljust(5)), repr("ab".rjust(5)), repr("ab".center(6)), repr("ab".center(5)), repr("abc".center(6, "*")))
print(repr("abcdef".ljust(3)), repr("x".rjust(4, "0")), repr("x".ljust(4, ".")), repr("ab".center(7, "-")))
print("{} + {} = {}".format(1, 2, 3))
try:
    "a".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
