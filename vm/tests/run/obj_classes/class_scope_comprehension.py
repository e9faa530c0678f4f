# Class scope rules: comprehensions and functions cannot see class variables,
# except the outermost iterable of a comprehension.
x = "global x"

class A:
    x = "class x"
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]        # outermost iterable evaluated in class scope
    seen = [x for _ in range(2)]            # x here is the global
    def get_x(self):
        return x                            # global, not class attribute
    y = x                                   # class x
    try:
        bad = [items[0] for _ in range(1)]  # items not visible inside
    except NameError as e:
        err = str(e)

print(A.doubled)
print(A.seen)
print(A().get_x())
print(A.y)
print(A.err)

def outer():
    v = "outer v"
    class B:
        v = "class v"
        w = [v for _ in range(1)]           # closes over outer's v
        def m(self):
            return v
    return B

B = outer()
print(B.v, B.w, B().m())

class C:
    n = 3
    table = {k: k * k for k in range(n)}
    gen = list(j for j in range(n))
print(C.table, C.gen)
