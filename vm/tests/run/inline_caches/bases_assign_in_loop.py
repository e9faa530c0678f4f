# C.__bases__ reassigned while load and call sites on instances of C and of
# a subclass of C are hot.


class A:
    x = "A.x"
    only_a = "A.only"

    def m(self):
        return "A.m"

    def who(self):
        return "A.who:" + type(self).__name__


class B:
    x = "B.x"

    def m(self):
        return "B.m"


class Other:
    def m(self):
        return "Other.m"


class C(A):
    pass


class D(C):
    def who(self):
        return "D.who"


c = C()
d = D()
plan = {1: (B,), 2: (Other, A), 3: (A,), 4: (B, A), 5: (Other,)}
for i in range(7):
    out = []
    for o in (c, d):
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append("AE(%s)" % e)
        out.append(o.m())
        try:
            out.append(o.who())
        except AttributeError as e:
            out.append("AE(%s)" % e)
        out.append(getattr(o, "only_a", "-"))
    print(i, [k.__name__ for k in D.__mro__], out)
    if i in plan:
        C.__bases__ = plan[i]

print(C.__bases__, isinstance(c, A), isinstance(d, Other), issubclass(D, B))

# attribute set on the new base after the switch is seen
Other.x = "Other.x"
for i in range(4):
    try:
        print(i, c.x, d.x)
    except AttributeError as e:
        print(i, "AttributeError:", e)
    if i == 0:
        C.x = "C.x"
    elif i == 1:
        del C.x
        del Other.x
    elif i == 2:
        Other.x = "Other.x again"

try:
    C.__bases__ = (D,)
except TypeError as e:
    print("TypeError:", e)
print([k.__name__ for k in C.__mro__])
