class Low(Exception): pass
class High(Exception): pass

try:
    try:
        raise Low("low")
    except Low as e:
        raise High("high") from e
except High as h:
    print(repr(h.__cause__), repr(h.__context__), h.__suppress_context__)

try:
    try:
        raise Low("low2")
    except Low:
        raise High("high2")
except High as h:
    print(h.__cause__, repr(h.__context__), h.__suppress_context__)

try:
    try:
        raise Low("low3")
    except Low:
        raise High("high3") from None
except High as h:
    print(h.__cause__, repr(h.__context__), h.__suppress_context__)

try:
    raise High("plain")
except High as h:
    print(h.__cause__, h.__context__)

try:
    raise High("cls cause") from Low
except High as h:
    print(repr(h.__cause__))

try:
    try:
        1 / 0
    finally:
        raise High("in finally")
except High as h:
    print(type(h.__context__).__name__)

try:
    raise High("x") from 5
except TypeError as e:
    print("TypeError:", e)

def chain(n):
    try:
        if n == 0:
            raise Low("base")
        chain(n - 1)
    except Exception as e:
        raise High("level %d" % n) from e
try:
    chain(2)
except High as h:
    names = []
    cur = h
    while cur is not None:
        names.append(str(cur))
        cur = cur.__cause__
    print(names)
