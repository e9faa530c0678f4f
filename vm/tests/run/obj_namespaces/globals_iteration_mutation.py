a = 1
b = 2
try:
    for k in globals():
        if k == "a":
            globals()["zz_new"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(globals()):
    if k.startswith("tmp"):
        del globals()[k]
tmp1 = tmp2 = 0
for k in list(globals()):
    if k.startswith("tmp"):
        del globals()[k]
k = None
try:
    for k in globals():
        if k == "a":
            globals()["zz_new2"] = 3
except RuntimeError as e:
    print("RuntimeError:", e, k)
print("zz_new2" in globals())
print("tmp1" in globals(), "tmp2" in globals(), "zz_new" in globals())
for i in range(3):
    globals()["var%d" % i] = i * i
print(var0, var1, var2)
print([k for k in globals() if k.startswith("var")])
total = sum(v for k, v in globals().items() if k.startswith("var"))
print(total)
