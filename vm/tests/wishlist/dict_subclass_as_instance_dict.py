# A dict subclass instance as an instance's __dict__ (moved from
# run/inline_caches/dict_replace_and_share.py): nsvm refuses it today
# ("__dict__ must be set to a dictionary"), since an instance namespace is
# a plain dict.
class C:
    def __init__(self):
        self.a = 1


print("--- __dict__ subclass instance")


class MyDict(dict):
    pass


m = C()
m.__dict__ = MyDict(a="from MyDict")
for i in range(3):
    print(i, m.a, type(m.__dict__).__name__)
    m.a = i
