class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, str(ev) if ev else None, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("boom")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with CM("outer") as o, CM("inner", suppress=True) as i:
    print("both", o, i)
    1 / 0
print("after nested")

def f():
    with CM("ret"):
        return "returned"
print(f())
for k in range(3):
    with CM("loop%d" % k):
        if k == 1:
            continue
        if k == 2:
            break
        print("loop body", k)
with CM("noas"):
    pass
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
