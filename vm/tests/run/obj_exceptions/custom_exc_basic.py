class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__("table %s failed" % table, code)
        self.table = table
        self.code = code
class Quiet(AppError):
    def __str__(self):
        return "quiet:" + ",".join(map(str, self.args))

try:
    raise DbError("users", 7)
except AppError as e:
    print(type(e).__name__, e.table, e.code, e.args)
    print(str(e))
    print(repr(e))
try:
    raise Quiet(1, 2)
except Exception as e:
    print(str(e), repr(e), e.args)
e = AppError()
print(repr(e), str(e) == "", e.args)
e = AppError("one")
print(repr(e), str(e), e.args)
e = AppError("one", 2)
print(repr(e), str(e))
print(isinstance(DbError("t", 1), Exception), issubclass(Quiet, AppError))
print([k.__name__ for k in DbError.__mro__])
