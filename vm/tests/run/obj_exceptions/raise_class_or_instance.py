class E(Exception):
    def __init__(self, *args):
        print("E.__init__ with", args)
        super().__init__(*args)

try:
    raise E
except E as e:
    print("caught class-raise", e.args)
try:
    raise E("x")
except E as e:
    print("caught instance", e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
exc = ValueError("stored")
for i in range(2):
    try:
        raise exc
    except ValueError as e:
        print(i, e is exc)
