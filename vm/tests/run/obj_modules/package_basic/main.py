import geom
print(geom.version(), geom.__name__)
import geom.points
print(geom.points.origin(), geom.points.__name__)
from geom import points
print(points is geom.points)
from geom.points import Point, origin as o
print(Point(1, 2), o())
import geom.sub.deep
print(geom.sub.LEVEL, geom.sub.deep.where())
import geom.sub.deep as d
print(d.where(), d is geom.sub.deep)
from geom.sub import deep
print(deep.where())
print(type(Point(0, 0)).__module__, Point)
import sys
print("geom" in sys.modules, "geom.points" in sys.modules, "geom.sub.deep" in sys.modules)
print(hasattr(geom, "points"), hasattr(geom, "sub"))
