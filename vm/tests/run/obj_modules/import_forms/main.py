import shapes_mod
import shapes_mod as sm
from shapes_mod import area, Square as Sq, count
from shapes_mod import bump

print(shapes_mod is sm, shapes_mod.area is area, Sq is sm.Square)
print(area(2), sm.area(2), Sq(3).area())
print(count, bump(), bump(), count, shapes_mod.count, sm.count)
shapes_mod.PI = 10
print(area(1), sm.PI)
print(type(shapes_mod).__name__, shapes_mod.__name__, sm.__name__)
print(Sq.__module__, Sq, area.__module__)
import shapes_mod as again
print(again is sm)
def local_import():
    import shapes_mod as inner
    return inner.PI, "inner" in locals()
print(local_import(), "inner" in globals())
try:
    shapes_mod.nothing
except AttributeError as e:
    print("AttributeError:", e)
