# A helper module mutating the importer's namespace.
import sys
import mutator_mod as mm

value = "orig"

def read_value():
    return value

def read_injected():
    return injected

def my_len(x):
    return len(x)

print(read_value(), my_len("abc"))
mm.poke_main("value", "poked")
print(read_value(), value)
mm.poke_main("injected", 1)
print(read_injected(), injected)
mm.unpoke_main("injected")
try:
    read_injected()
except NameError as e:
    print("NameError:", e)
print(mm.tail_of(globals(), 1))

mm.poke_ns(globals(), "injected", 2)
print(read_injected())
print(mm.tail_of(globals(), 1))

mm.shadow_len_in(globals())
print(my_len("abc"))
mm.unshadow_len_in(globals())
print(my_len("abc"))

mm.set_main_attr("value", "setattr")
print(read_value(), mm.read_main("value"), mm.read_main("nope"))
print(mm.call_main_func("read_value"))

# __main__ module is the same object, its dict reflects our globals
main = sys.modules["__main__"]
print(main.__dict__ is globals(), main.__name__, __name__)
newthing = "new"
print(main.newthing, mm.read_main("newthing"))
del newthing
print(mm.read_main("newthing"))

# our writes to the helper module are visible to its functions
mm.state = "changed by main"
print(mm.mod_state())
vars(mm)["state"] = "changed via vars"
print(mm.mod_state())

# helper mutates us inside a loop that reads the same name
vals = []
for i in range(4):
    vals.append(read_value())
    mm.poke_main("value", i)
print(vals, value)

# passing a fresh dict instead of globals()
d = {}
mm.poke_ns(d, "k", 1)
mm.shadow_len_in(d)
exec("r = len('x'), k", d)
print(d["r"])

# a function defined in main replaced from the helper, then called by main code
mm.poke_main("read_value", lambda: "replaced function")
print(read_value())
def caller():
    return read_value()
print(caller())
mm.unpoke_main("read_value")
try:
    caller()
except NameError as e:
    print("NameError:", e)

# module attribute deleted from outside while its function reads it
del mm.state
try:
    mm.mod_state()
except NameError as e:
    print("NameError:", e)
mm.state = "restored"
print(mm.mod_state(), mm.tail_of(vars(mm), 1))
