log = []
def f(kind):
    try:
        log.append("try " + kind)
        if kind == "raise":
            raise ValueError(kind)
        if kind == "return":
            return "from try"
        return "normal"
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else (unreachable)")
    finally:
        log.append("finally " + kind)

print(f("raise"), f("return"), f("x"))
print(log)

def override():
    try:
        return 1
    finally:
        return 2
print(override())

def swallow():
    try:
        raise KeyError("gone")
    finally:
        return "swallowed"
print(swallow())

def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_finally())

class Res:
    opened = 0
    def __init__(self):
        Res.opened += 1
    def close(self):
        Res.opened -= 1
def use(fail):
    r = Res()
    try:
        if fail:
            raise RuntimeError("fail")
        return Res.opened
    finally:
        r.close()
print(use(False), Res.opened)
try:
    use(True)
except RuntimeError as e:
    print("caught", e, Res.opened)

def nested():
    try:
        try:
            raise ValueError("a")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer except", e)
    finally:
        print("outer finally")
nested()
