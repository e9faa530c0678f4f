# String processing: word counts, palindromes, run-length encoding, anagrams.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(words), len(counts), top)
def rle(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)
for s in ["", "a", "aaabccddddd", "abc", "zzzzzzzzzzzz"]:
    e = rle(s)
    print(repr(s), e, unrle(e) == s)
def is_pal(s):
    t = [c.lower() for c in s if c.isalpha()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon"]:
    print(is_pal(s), s)
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 13)
print(enc, caesar(enc, 13))
print(" ".join(w[::-1] for w in "reverse each word here".split()))
plain = "".join(c for c in "h-e-l-l-o" if c != "-")
print(plain, plain[0].upper() + plain[1:])
vowels = "aeiou"
print({v: sum(1 for c in text.lower() if c == v) for v in vowels})
