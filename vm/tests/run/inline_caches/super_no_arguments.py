# super() with no first argument, including a *args-only method: CPython checks
# for a first argument before the __class__ cell.
class A:
    def f(*args):
        return super().f()
    def g():
        return super().x
    @staticmethod
    def h():
        return super().x
for fn in (lambda: A().f(), lambda: A.g(), lambda: A.h()):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
