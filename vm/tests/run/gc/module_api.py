# The gc module's switches: enable/disable, thresholds, counts, collect's
# argument checking.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.enable(), gc.disable())
gc.enable()

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(800, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
gc.set_threshold(-5)
print(gc.get_threshold())
gc.set_threshold(700)

c = gc.get_count()
print(type(c).__name__, len(c), [type(x).__name__ for x in c], all(x >= 0 for x in c))

print(type(gc.collect()).__name__)
print(type(gc.collect(0)).__name__, type(gc.collect(1)).__name__, type(gc.collect(generation=2)).__name__)
print(gc.collect(True) >= 0)


def check(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: gc.collect(3))
check(lambda: gc.collect(-1))
check(lambda: gc.collect("x"))
check(lambda: gc.collect(1.0))
check(lambda: gc.collect(2**70))
check(lambda: gc.collect(1, 2))
check(lambda: gc.collect(1, generation=2))
check(lambda: gc.collect(gen=1))
check(lambda: gc.enable(1))
check(lambda: gc.disable(1))
check(lambda: gc.isenabled(1))
check(lambda: gc.get_count(1))
check(lambda: gc.get_threshold(1))
check(lambda: gc.set_threshold())
check(lambda: gc.set_threshold(1, 2, 3, 4))
check(lambda: gc.set_threshold("a"))
check(lambda: gc.set_threshold(1.5))
check(lambda: gc.set_threshold(2**40))
check(lambda: gc.set_threshold(-2**40))
check(lambda: gc.set_threshold(2**70))
check(lambda: gc.set_threshold(x=1))
check(lambda: gc.enable(x=1))
print(gc.get_threshold())
gc.collect(2**70)
