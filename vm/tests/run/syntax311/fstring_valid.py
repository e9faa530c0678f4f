# f-strings that 3.11 accepts, next to the refused ones in fstring_errors.py.
x = "ab"
w, p = 10, 3
d = {"k": 1, "j": [1, 2]}
print(f"{x!r:>10}|")
print(f"{x!s:*^8}|{x!a}")
print(f"{3.14159:{w}.{p}f}|")
print(f"{3.14159:{'>'}{w}.{p}f}|")
print(f"{'nested':{'^'}{w + 2}}|")
print(f"{{literal}} {{{x}}} }}{{")
print(f"{{}}")
print(f"{d['k']} {d['j'][1]} {d}")
print(f'{d["k"]}')
print(f"{x=}", f"{x = }", f"{x=!s}", f"{w=:>4}", f"{x = !r:>6}")
print(f"""{f'''{f"{f'{1 + 1}'}"}'''}""")
print(f'''{f"""{f'{f"{x}"}'}"""}''')
print(f"{f'{w:>{p}}'}|{f'{x!r}':>8}|")
print(f"{1:{2}}|{1:{'<'}{3}}|")
print(f"a\tb{w}\\n")
print(f"{'#'}" f"#{w}" "#")
print(f"""{
    w
    +
    p
}""")
print(f"{(lambda v: v * 2)(w)}")
print(f"{[v for v in range(3)]}{ {'a': 1}['a'] }")
print(f"{w:#x}{w:08b}{-w:+}")
print(rf"\d{w}" + fr"{p}\s")
print(f"{x}" "plain" f"{w}")
print(eval("f'{w}{x!r}'"))
g = {"w": 5}
exec("s = f'''{w:{w}}'''\n", g)
print(repr(g["s"]))
