# Operators on strings: +, *, in, comparisons, iteration.
a = "abc"
print(a + "def", a * 3, 3 * a, a * 0, a * -2, repr("" * 100))
print("b" in a, "bc" in a, "ac" in a, "" in a, "" in "", "x" not in a)
print("abc" < "abd", "abc" < "ab", "B" < "a", "a" < "B", "abc" == "abc", "Z" > "A", "" < "a")
print("apple" <= "apple", "apple" >= "banana", "é" > "z", "10" < "9")
print(sorted(["pear", "Apple", "apple", "banana", "Banana", "cherry", ""]))
print(max("hello"), min("hello"), sorted("hello"), list("hi"), tuple("ok"))
n = 0
for ch in "mississippi":
    if ch == "s":
        n += 1
print(n, "mississippi".count("ss"))
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
s *= 2
print(s)
print(str(123) + str(4.5) + str(None) + str(True) + str([1, "a"]) + str((1,)))
print(len(""), len("abc"), len("☃☃"), len("\n\t\\"))
print(ord("a"), ord("€"), chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
