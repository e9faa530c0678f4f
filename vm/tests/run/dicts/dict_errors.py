# KeyError messages and other dict errors (caught).
d = {"a": 1, 2: "two", (1, 2): "t", None: 0}
def attempt(f):
    try:
        print(f())
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: d["b"])
attempt(lambda: d[3])
attempt(lambda: d[(1, 3)])
attempt(lambda: d[""])
attempt(lambda: d[1.5])
attempt(lambda: d[[1]])
attempt(lambda: d[{}])
attempt(lambda: {[1]: 2})
attempt(lambda: {"k": 1} + {"j": 2})
attempt(lambda: {"k": 1} < {"j": 2})
attempt(lambda: dict([1, 2]))
attempt(lambda: dict([(1, 2, 3)]))
def del_missing():
    del d["zzz"]
attempt(del_missing)
def mutate_while_iterating():
    x = {1: 1, 2: 2}
    for k in x:
        x[k + 10] = 0
attempt(mutate_while_iterating)
attempt(lambda: d.nope)
attempt(lambda: d[None])
try:
    d["missing"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
