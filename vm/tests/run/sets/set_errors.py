# Errors involving sets.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
st = {1, 2}
attempt(lambda: st[0])
attempt(lambda: {1} + {2})
attempt(lambda: {1} < [1])
attempt(lambda: set(5))
attempt(lambda: {[]})
attempt(lambda: set([[1]]))
attempt(lambda: {1}.remove(2))
attempt(lambda: set().pop())
def mutate():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
attempt(mutate)
attempt(lambda: {1, 2} | [3])
attempt(lambda: {1, 2}.union([3]))
attempt(lambda: sorted({3, 1, 2}))
