# super objects keep __thisclass__ and __self__ as fields.
class A:
    def who(self):
        return "A"

    @classmethod
    def kind(cls):
        return cls.__name__


class B(A):
    def who(self):
        return "B" + super().who()


b = B()
s = super(B, b)
print(s.__thisclass__ is B, s.__self__ is b, s.__self_class__ is B)
print(s.who(), b.who(), super(B, B).kind())
t = super(B, B)
print(t.__self__ is B, t.__self_class__ is B)
u = super(B)
print(u.__self__, u.__self_class__, u.__thisclass__ is B)
try:
    s.missing
except AttributeError as e:
    print(e)
try:
    s.x = 1
except AttributeError as e:
    print(type(e).__name__)
