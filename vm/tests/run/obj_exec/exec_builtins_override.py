g = {"__builtins__": {"len": lambda x: "restricted len"}}
exec("r = len([1, 2])", g)
print(g["r"])
try:
    exec("print('hi')", g)
except NameError as e:
    print("NameError:", e)
g2 = {}
exec("r = len([1, 2])", g2)
print(g2["r"])
import builtins
g3 = {"__builtins__": builtins}
exec("r = abs(-4)", g3)
print(g3["r"])
g4 = {"len": lambda x: "shadowing global"}
exec("r = len('x')", g4)
print(g4["r"])
