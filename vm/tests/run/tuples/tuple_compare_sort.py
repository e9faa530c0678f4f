# Lexicographic comparison and sorting of tuples.
students = [("alice", 88, 3), ("bob", 95, 1), ("carol", 88, 2), ("dave", 70, 4)]
print(sorted(students))
print(sorted(students, key=lambda s: (-s[1], s[0])))
print(sorted(students, key=lambda s: (s[1], s[2]), reverse=True))
print(min(students, key=lambda s: s[2]), max(s[1] for s in students))
print((1, 2, 3) == (1, 2, 3), (1, 2, 3) != (1, 2, 4), (0, 0) <= (0, 0), (0, 1) >= (0, 0, 5))
print((1, float("nan")) == (1, float("nan")))
print(sorted([(3, "c"), (1, "z"), (3, "a"), (1, "a")]))
print(sorted([((1, 2), 3), ((1, 1), 4), ((0, 9), 0)]))
print(((1, 2), (3, 4)) < ((1, 2), (3, 5)))
print(tuple(sorted((5, 2, 8))))
