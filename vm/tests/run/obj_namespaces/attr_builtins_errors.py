class C:
    cattr = "c"
import math
o = C()
checks = [
    lambda: o.missing,
    lambda: C.missing,
    lambda: math.missing,
    lambda: getattr(o, "missing"),
    lambda: getattr(C, "missing"),
    lambda: (5).missing,
    lambda: "s".missing,
    lambda: None.missing,
    lambda: [].missing,
    lambda: delattr(o, "missing"),
    lambda: delattr(C, "missing"),
    lambda: getattr(o, 5),
    lambda: setattr(o, 5, 1),
    lambda: hasattr(o, 5),
    lambda: setattr(5, "x", 1),
    lambda: setattr(object(), "x", 1),
    lambda: getattr(o),
]
for fn in checks:
    try:
        print("ok", fn())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(getattr(o, "cattr"), getattr(C, "cattr"), getattr(o, "nope", None))
setattr(o, "new", 1)
print(hasattr(o, "new"), hasattr(o, "cattr"), hasattr(C, "new"))
setattr(C, "cls_new", 2)
print(o.cls_new)
delattr(C, "cls_new")
print(hasattr(o, "cls_new"))
setattr(o, "with space", 7)
print(getattr(o, "with space"), vars(o))
