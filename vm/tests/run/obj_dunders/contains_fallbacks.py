class WithContains:
    def __contains__(self, x):
        print("contains", x)
        return x == 3
    def __iter__(self):
        print("iter should not be used")
        return iter([])
w = WithContains()
print(3 in w, 4 in w, 4 not in w)

class IterOnly:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly())

class ContainsTruthy:
    def __contains__(self, x):
        return "nonempty"
print(1 in ContainsTruthy())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    [] in {}
except TypeError as e:
    print("TypeError:", e)
print("ab" in "cabd", 1 in {1: 2}, (1, 2) in [(1, 2)])
