class Plain:
    pass
p = Plain()
print(Plain.__bases__, type(p).__mro__)
print(p == p, p != p, p == Plain())
print(isinstance(p, object))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(callable(Plain), callable(p))
print(str(p) == repr(p), str(p).startswith("<__main__.Plain object at"))
print(Plain.__str__ is object.__str__, Plain.__eq__ is object.__eq__)
try:
    p < p
except TypeError as e:
    print("TypeError:", e)
print(hasattr(p, "__dict__"), hasattr(o, "__dict__"))
