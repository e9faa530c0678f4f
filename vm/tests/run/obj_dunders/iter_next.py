class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), [x * x for x in r])
print(sorted(Range2(4), reverse=True), max(Range2(5)), dict(zip(Range2(3), "abc")))
it = iter(r)
print(type(it).__name__, next(it), next(it))

class NotIt:
    pass
try:
    iter(NotIt())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in NotIt():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next(NotIt())
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = NotIt()
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = Countdown(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = Countdown(2)
except ValueError as e:
    print("ValueError:", e)
class Stop:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("payload")
print(list(Stop()))
