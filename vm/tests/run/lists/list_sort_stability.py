# sort/sorted are stable, including with reverse=True.
data = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: -p[1]))
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [3, -3, 2, -2, 1, -1, 0]
print(sorted(nums, key=abs))
print(sorted(nums, key=abs, reverse=True))
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25)]
people.sort(key=lambda p: p[0], reverse=True)
people.sort(key=lambda p: p[1])
print(people)
big = [(i % 7, i) for i in range(40)]
s = sorted(big, key=lambda t: t[0])
print(s[:10])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
print(sorted([1.5, 1, True, 0, False, 0.0]))
print(sorted("Hello World"))
print(sorted([[3], [1, 2], [1], []]))
