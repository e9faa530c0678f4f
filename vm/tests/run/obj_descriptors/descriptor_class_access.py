class Desc:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)
class Base:
    d = Desc()
class Derived(Base):
    pass
print(Base.d, Derived.d, Derived().d)
print(Base.__dict__["d"].__class__.__name__)
print(getattr(Derived, "d"))

class Meta_free:
    pass
class Holder:
    pass
Holder.dyn = Desc()
print(Holder().dyn, Holder.dyn)
Holder.dyn = "plain"
print(Holder().dyn)

class FuncHolder:
    def f(self):
        return "f"
print(type(FuncHolder.f).__name__, type(FuncHolder().f).__name__)
bm = FuncHolder().f
print(bm(), bm.__name__, type(bm.__self__).__name__)
unbound = FuncHolder.__dict__["f"]
print(unbound(None))
print(FuncHolder.f(FuncHolder()))
fh = FuncHolder()
print(fh.f == fh.f, fh.f is fh.f)
bound_get = unbound.__get__(fh, FuncHolder)
print(bound_get())
