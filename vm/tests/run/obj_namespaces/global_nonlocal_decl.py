counter = 0
def inc():
    global counter
    counter += 1
def make_new():
    global brand_new
    brand_new = "created"
inc(); inc()
print(counter)
make_new()
print(brand_new, "brand_new" in globals())
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    return x, inner()
print(outer())
def reads_before_assign():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
reads_before_assign()
def del_global():
    global counter
    del counter
del_global()
print("counter" in globals())
class K:
    global from_class
    from_class = "set from class body"
    counter = "class-level"
print(from_class, K.counter)
def uses_class_global():
    return from_class
print(uses_class_global())
