# Equal ranges hash equal (CPython hashes (len, start, step), with None where
# start or step does not matter).
print(hash(range(5,5)) == hash(range(0)), hash(range(3,4)) == hash(range(3,9,7)), hash(range(0,10,2)) == hash(range(0,9,2)), range(5,5) == range(0))
s = {range(5,5), range(0), range(1,2), range(1,3,5)}
print(len(s))
print(hash(range(10**20, 10**20 + 5)) == hash(range(10**20, 10**20 + 6, 5 * 10**30)) is False, {range(0, 10**30, 7): 1}[range(0, 10**30 + 3, 7)])
