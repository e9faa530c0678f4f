x = 10
print(eval("x + 1"), eval("x * 2", {"x": 3}), eval("x + y", {"x": 1}, {"y": 2}))
print(eval("[i * x for i in range(3)]"))
print(eval("len('abcd')", {}), eval("  1 + 1  "))
g = {"x": 5}
print(eval("x", g), "__builtins__" in g)
print(eval("lambda a: a + x", {"x": 100})(1))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(eval("x", {"x": "global"}, {"x": "local"}))
class Obj:
    val = 3
print(eval("o.val + 1", {"o": Obj()}))
print(eval("(1, 2, 3)")[1], eval("{'a': 1}")["a"])
print(eval(str([1, 2, 3])) == [1, 2, 3])
code = "sum(v for v in range(n))"
print([eval(code, {"n": n}) for n in range(5)])
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
def fn():
    local = "L"
    return eval("local + x")
try:
    print(fn())
except TypeError as e:
    print("TypeError:", e)
def fn2():
    local = "L"
    return eval("local * 2")
print(fn2())
