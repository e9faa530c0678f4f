# Class bodies reading/writing names that are also globals/builtins.
x = "global x"
len = None
del len

class A:
    print("A sees", x)
    x = "class x"
    print("A now", x)
    y = x + "!"
    def m(self):
        return x
    def n(self):
        return self.x
print(A.x, A.y, A().m(), A().n(), x)

class B:
    len = lambda self: 5
    print("B len builtin?", len("abc"))
    r = len("ab") if False else 0
    def use(self):
        return len("abcd")
print(B().len(), B().use())

class C:
    abs = "class abs"
    def m(self):
        return abs(-3)
    z = abs
print(C().m(), C.z)

# a global shadowing a builtin, read in a class body
print_count = []
def capture_print(*a):
    print_count.append(a)
str = lambda v: "global str"
class D:
    s = str(1)
del str
print(D.s, str(1))

# class body deleting a global via del-after-global
gone = "present"
class E:
    global gone
    del gone
print("gone" in globals())

# class body reading a name that is local in the class only after assignment
v = "module v"
class F:
    first = v
    v = "class v"
    second = v
print(F.first, F.second, v)

# methods reading globals that change after class creation
tag = "t1"
class G:
    def get(self):
        return tag
    @staticmethod
    def sget():
        return tag
    @classmethod
    def cget(cls):
        return tag, cls.__name__
g = G()
print(g.get(), G.sget(), G.cget())
tag = "t2"
print(g.get(), G.sget(), G.cget())
del tag
try:
    g.get()
except NameError as e:
    print("NameError:", e)
tag = "t3"
print(g.get())

# class body inside a function: free vars vs globals
def factory():
    x = "enclosing x"
    class H:
        a = x
        def m(self):
            return x
    return H
H = factory()
print(H.a, H().m())

def factory2():
    class I:
        a = x
    return I
print(factory2().a)
x = "rebound"
print(factory2().a)

# class name itself becomes a global, later rebound
class J:
    def who(self):
        return J.__name__ if isinstance(J, type) else J
j = J()
print(j.who())
J = "J is now a string"
print(j.who())

# class attribute named like a builtin does not affect the global builtin
class K:
    print = "not a function"
    sum = 0
    for q in range(3):
        sum += q
print(K.sum, sum([1, 2]), K.print)

# locals() in class body
class L:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(L.names)

# __module__ of classes and functions comes from the global __name__
saved_name = __name__
__name__ = "renamed"
class M1:
    pass
def fm1():
    pass
print(M1.__module__, fm1.__module__)
del globals()["__name__"]
class M2:
    pass
def fm2():
    pass
print(M2.__module__, fm2.__module__)
__name__ = saved_name
print(M1.__module__, __name__)
