# Exception subclasses setting attributes in __init__, raised and caught in a
# loop; e.code, e.args and class attributes read at one hot site, with the
# exception class patched mid-loop.


class AppError(Exception):
    level = "error"

    def __init__(self, code, msg="failed"):
        super().__init__(msg, code)
        self.code = code


class NotFound(AppError):
    level = "warning"

    def __init__(self, code):
        super().__init__(code, "not found")
        self.path = "/item/%d" % code


class Plain(Exception):
    pass


def work(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 3 == 1:
        raise NotFound(i)
    raise Plain("plain", i)


for i in range(9):
    try:
        work(i)
    except Exception as e:
        code = getattr(e, "code", None)
        try:
            lvl = e.level
        except AttributeError as err:
            lvl = "AE(%s)" % err
        print(i, type(e).__name__, e.args, code, lvl, str(e), getattr(e, "path", "-"))
    if i == 3:
        AppError.level = "patched"
    elif i == 5:
        del NotFound.level
    elif i == 6:
        Plain.level = "plain level"

print("--- attributes set after raise, args reassigned")
for i in range(5):
    try:
        try:
            raise AppError(i * 10)
        except AppError as e:
            e.code += 1
            e.extra = "x%d" % i
            if i >= 2:
                e.args = ("replaced", i)
            raise
    except AppError as e2:
        print(i, e2.code, e2.extra, e2.args, repr(e2), sorted(vars(e2)))

e = AppError(7)
del e.code
try:
    e.code
except AttributeError as err:
    print("AttributeError:", err)
try:
    raise KeyError("k")
except KeyError as k:
    k.note = "added"
    print(k.args, k.note, str(k), k.__class__.__name__)
