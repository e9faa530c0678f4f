# __class__ assignment: CPython's checks in order (a class is required;
# built-in types are immutable; the layouts must agree: the same base
# layout, the same __slots__ names in any order, the same __dict__) and
# its messages; deleting __class__; instances keep their attributes and
# slot values. (A module given a ModuleType subclass is left out: nsvm
# modules cannot change class.)
def t(name, f):
    try:
        r = f()
        print(name, 'ok', repr(r))
    except BaseException as e:
        print(name, type(e).__name__, e)
class A: pass
class B: pass
class L(list): pass
class L2(list): pass
class D(dict): pass
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('x',)
class S3:
    __slots__ = ('y',)
class S4:
    __slots__ = ('x', 'y')
class AD(A): pass
class E(Exception): pass
class E2(Exception): pass
class I(int): pass
def assign(o, c):
    def f():
        o.__class__ = c
        return type(o).__name__
    return f
t('A_to_B', assign(A(), B))
t('A_to_L', assign(A(), L))
t('L_to_A', assign(L(), A))
t('L_to_L2', assign(L(), L2))
t('L_to_D', assign(L(), D))
t('A_to_int', assign(A(), 5))
t('A_to_None', assign(A(), None))
t('A_to_object', assign(A(), object))
t('A_to_int_type', assign(A(), int))
t('A_to_list', assign(A(), list))
t('int_to_A', assign(5, A))
t('list_to_A', assign([], A))
t('list_to_L', assign([], L))
t('obj_to_A', assign(object(), A))
t('S1_to_S2', assign(S1(), S2))
t('S1_to_S3', assign(S1(), S3))
t('S1_to_S4', assign(S1(), S4))
t('S1_to_A', assign(S1(), A))
t('A_to_S1', assign(A(), S1))
t('A_to_AD', assign(A(), AD))
t('E_to_E2', assign(E(), E2))
t('E_to_A', assign(E(), A))
t('A_to_E', assign(A(), E))
t('I_to_A', assign(I(), A))
t('func_to_A', assign(lambda: 0, A))
t('A_to_type', assign(A(), type))
t('type_to_A', assign(A, B))
def del_class():
    a = A()
    del a.__class__
t('del_class', del_class)
def del_class_int():
    del (5).__class__
t('del_class_int', del_class_int)
def setattr_class():
    a = A()
    setattr(a, '__class__', B)
    return type(a).__name__
t('setattr_class', setattr_class)
def object_setattr():
    a = A()
    object.__setattr__(a, '__class__', 3)
t('object_setattr', object_setattr)
import sys
t('module_to_A', assign(sys, A))
class M(type(sys)): pass
t('str_to_A', assign('s', A))
t('tuple_to_A', assign((), A))
t('None_to_A', assign(None, A))
class P1:
    __slots__ = ('x', 'y')
class P2:
    __slots__ = ('y', 'x')
def slot_order():
    p = P1(); p.x = 1; p.y = 2
    p.__class__ = P2
    return type(p).__name__, p.x, p.y
t('slot_order', slot_order)
class Q(P1):
    __slots__ = ('z',)
class Q2(P2):
    __slots__ = ('z',)
class Q3(P1):
    __slots__ = ('z',)
t('Q_to_Q2', assign(Q(), Q2))
def q_to_q3():
    q = Q(); q.x = 1; q.z = 3
    q.__class__ = Q3
    return type(q).__name__, q.x, q.z, hasattr(q, 'y')
t('Q_to_Q3', q_to_q3)
class Sd:
    __slots__ = ('x', '__dict__')
class Sd2:
    __slots__ = ('__dict__', 'x')
class Sw:
    __slots__ = ('x', '__weakref__')
t('Sd_to_Sd2', assign(Sd(), Sd2))
t('Sd_to_S1', assign(Sd(), S1))
class Ad(A):
    __slots__ = ()
t('A_to_Ad', assign(A(), Ad))
class Multi(A, L): pass
def keep_attrs():
    a = A(); a.v = 1; a.w = 2
    a.__class__ = B
    return type(a).__name__, a.v, a.w, vars(a)
t('keep_attrs', keep_attrs)
def method_after():
    class C1:
        def who(self): return 'C1'
    class C2:
        def who(self): return 'C2'
    c = C1(); r = [c.who()]
    c.__class__ = C2
    r.append(c.who())
    return r, isinstance(c, C2), isinstance(c, C1)
t('method_after', method_after)
