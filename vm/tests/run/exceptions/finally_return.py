# Interplay of finally with return, break and continue.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally overrides"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallows exception"
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(f4())
def f5():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(f5())
def f6():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally i =", i)
    return i
print(f6())
def f7():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(f7())
def f8():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(f8())
def f9():
    while True:
        try:
            raise KeyError("k")
        finally:
            break
    return "break swallowed"
print(f9())
def f10():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f10())
def f11():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("f11 finally")
print(f11())
def f12():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        return "finally wins"
print(f12())
count = 0
def f13():
    global count
    try:
        count += 1
        return count
    finally:
        count += 10
print(f13(), count)
