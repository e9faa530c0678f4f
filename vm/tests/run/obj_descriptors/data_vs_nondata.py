class NonData:
    def __get__(self, obj, owner):
        return "nondata"
class Data:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, v):
        obj.__dict__["data_set"] = v
class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__["setonly"] = v
class DelOnly:
    def __get__(self, obj, owner):
        return "delonly-get"
    def __delete__(self, obj):
        print("DelOnly.__delete__")

class H:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DelOnly()

h = H()
h.__dict__.update(nd="inst nd", d="inst d", do="inst do")
print(h.nd, h.d, h.do)
h.d = 5
print(h.d, h.__dict__["data_set"])
h.so = 7
print(type(h.so).__name__, h.__dict__["setonly"])
print(type(H.__dict__["so"]).__name__, type(h.so).__name__)
del h.__dict__["setonly"]
print(type(h.so).__name__)
try:
    h.do = 1
except AttributeError as e:
    print("AttributeError:", e)
del h.do
print(h.do)
del h.nd
print(h.nd)
def method(self):
    return "method"
H.m = method
h.m = lambda: "instance function"
print(h.m())
del h.m
print(h.m())
