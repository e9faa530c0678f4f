# One compiled code object run against several namespaces in turn.
code = compile("total = base + len(items)\ndef get():\n    return total + base\n", "<shared>", "exec")

base = 1
items = [1, 2]
exec(code, globals())
print(total, get())

ns1 = {"base": 10, "items": "abc"}
exec(code, ns1)
print(ns1["total"], ns1["get"](), total, get())

ns2 = {"base": 100, "items": [], "len": lambda x: 1000}
exec(code, ns2)
print(ns2["total"], ns2["get"]())

ns3 = {"base": 5, "items": "ab", "__builtins__": {"len": lambda x: -5}}
exec(code, ns3)
print(ns3["total"], ns3["get"]())

# run again in the first namespaces: each namespace keeps its own state
base = 2
exec(code, globals())
print(total, get())
exec(code, ns2)
print(ns2["total"])
ns1["base"] = 20
print(ns1["get"]())
exec(code, ns1)
print(ns1["total"], ns1["get"]())

# missing name in one namespace only
try:
    exec(code, {"items": []})
except NameError as e:
    print("NameError:", e)
exec(code, {"base": 0, "items": [0]})
print(total)

# the same code in a loop over many fresh dicts, alternating with globals()
outs = []
for i in range(5):
    if i % 2:
        d = {"base": i, "items": [0] * i}
        exec(code, d)
        outs.append(d["total"])
    else:
        base = i
        items = [0]
        exec(code, globals())
        outs.append(total)
print(outs)

# eval-mode code object
ecode = compile("base * 2 + len(items)", "<e>", "eval")
print(eval(ecode), eval(ecode, ns1), eval(ecode, ns2), eval(ecode, ns3))
print(eval(ecode, {"base": 1, "items": ""}, {"base": 50}))

# code reading and deleting a global
dcode = compile("seen = victim\ndel victim\n", "<d>", "exec")
victim = "v1"
exec(dcode, globals())
print(seen, "victim" in globals())
d = {"victim": "v2"}
exec(dcode, d)
print(d["seen"], "victim" in d)
try:
    exec(dcode, globals())
except NameError as e:
    print("NameError:", e)
victim = "v3"
exec(dcode)
print(seen)

# a function from one namespace called after the namespace changes
f1 = ns1["get"]
del ns1["total"]
try:
    f1()
except NameError as e:
    print("NameError:", e)
ns1["total"] = 0
print(f1())

# a function's own code object run against other namespaces
import target_mod
counter = "main counter"
label = "main label"
def body():
    print("body sees", counter, label, len("ab"))
body()
exec(body.__code__, vars(target_mod))
exec(body.__code__, {"counter": 1, "label": 2})
body()
target_mod.len = lambda x: "tm len"
exec(body.__code__, vars(target_mod))
body()
del target_mod.len
for i in range(4):
    exec(body.__code__, vars(target_mod) if i % 2 else globals())

def wr():
    global newname
    newname = "set"
def dl():
    global newname
    del newname
exec(wr.__code__, vars(target_mod))
print(target_mod.newname, "newname" in globals())
wr()
exec(dl.__code__, vars(target_mod))
print(hasattr(target_mod, "newname"), newname)
dl()
print("newname" in globals(), target_mod.own_keys_tail(1))

# module-level code run in another module's namespace
mcode = compile("counter = counter + 1 if counter != 'main counter' else counter\nr = (counter, label)", "<m>", "exec")
exec(mcode)
exec(mcode, vars(target_mod))
exec(mcode, vars(target_mod))
print(r, target_mod.r, target_mod.get_counter(), eval("counter", vars(target_mod)))
