# Dict and set comprehensions with conditions and nested loops.
text = "the cat and the hat and the bat"
words = text.split()
freq = {w: words.count(w) for w in words}
print(freq)
print({w: c for w, c in freq.items() if c > 1})
print(sorted({len(w) for w in words}))
print({i: {j for j in range(i)} for i in range(4)})
print({(i, j): i + j for i in range(2) for j in range(2)})
first_letters = {w[0]: w for w in words}
print(first_letters)
print({v: k for k, v in enumerate("abcd") if v != "c"})
print({x % 4 for x in range(100)})
evens = {x for x in range(7) if not x % 2}
print(evens, 4 in evens, 5 in evens)
print(dict(sorted({k: -v for k, v in freq.items()}.items())))
