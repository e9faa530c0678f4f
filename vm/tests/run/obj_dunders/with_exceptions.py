class Recorder:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("enter")
        return self
    def __exit__(self, et, ev, tb):
        self.events.append(("exit", et and et.__name__))
        if et is ZeroDivisionError:
            return True
        return None

r = Recorder()
with r:
    r.events.append("body")
    x = 1 / 0
    r.events.append("not reached")
print(r.events)

r = Recorder()
try:
    with r:
        raise IndexError("idx")
except IndexError as e:
    print("caught", e, r.events)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))

class EnterRaises:
    def __enter__(self):
        raise LookupError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("no body")
except LookupError as e:
    print("LookupError", e)

class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "yes"
with Truthy() as t:
    raise TypeError
print("suppressed by truthy", t)

def gen():
    with Recorder() as rr:
        yield 1
        yield 2
    print("gen events", rr.events)
print(list(gen()))

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit args", len(args), args[0])
        return False
try:
    with Ctx():
        try:
            raise ValueError("inner")
        finally:
            print("finally inside with")
except ValueError:
    print("outer caught")
