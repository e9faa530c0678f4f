class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class W(K1, K2, K3): pass
print([k.__name__ for k in W.__mro__])

try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
class Good(K1, X):
    pass
print([k.__name__ for k in Good.__mro__])
