src = '''
class Shape:
    sides = 0
    def describe(self):
        return "%s with %d sides" % (type(self).__name__, self.sides)
class Tri(Shape):
    sides = 3
def make():
    return Tri()
'''
ns = {}
exec(src, ns)
t = ns["make"]()
print(t.describe(), isinstance(t, ns["Shape"]), type(t).__module__)
ns["Tri"].sides = 30
print(t.describe())
ns2 = {"__name__": "custom_mod"}
exec(src, ns2)
print(ns2["Tri"].__module__, ns2["Tri"] is ns["Tri"])
print(isinstance(ns2["make"](), ns["Shape"]))
exec("def uses_global():\n    return missing_global", ns)
try:
    ns["uses_global"]()
except NameError as e:
    print("NameError:", e)
ns["missing_global"] = "now present"
print(ns["uses_global"]())
