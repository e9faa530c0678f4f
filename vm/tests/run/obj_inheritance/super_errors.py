class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f/" + super().f()
    def g(self):
        return super().g()

b = B()
print(b.f())
try:
    b.g()
except AttributeError as e:
    print("AttributeError:", e)

def loose():
    return super().f()
try:
    loose()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)

class C(A):
    def f(self):
        def inner():
            return "inner"
        return inner() + "/" + super().f()
    def h(self):
        return [super().f() for _ in range(2)] if False else super().f()
print(C().f(), C().h())

class D(A):
    pass
D.f2 = lambda self: "lambda"
print(D().f2())
