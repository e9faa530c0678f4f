c1 = compile("a = 5\nb = a * 2", "<src>", "exec")
ns = {}
exec(c1, ns)
print(ns["a"], ns["b"], type(c1).__name__)
ns2 = {"a": 0}
exec(c1, ns2)
print(ns2["b"])
c2 = compile("a + 1", "<expr>", "eval")
print(eval(c2, {"a": 41}), eval(c2, {"a": -1}))
c3 = compile("print('single mode', 7)", "<s>", "single")
exec(c3)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError caught", type(e).__name__)
try:
    compile("1", "<m>", "badmode")
except ValueError as e:
    print("ValueError:", e)
try:
    compile("a = 1", "<e>", "eval")
except SyntaxError:
    print("assignment is not an expression")
fn_code = compile("def g(n):\n    return n * factor\n", "<fn>", "exec")
env = {"factor": 3}
exec(fn_code, env)
print(env["g"](4))
env["factor"] = 10
print(env["g"](4))
print(eval(compile("[x for x in range(3)]", "<c>", "eval")))
