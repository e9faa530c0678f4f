# f-strings: expressions, conversions, self-documenting =, escapes.
x = 42
name = "Ada"
pi = 3.14159
items = [1, 2, 3]
print(f"{x}")
print(f"x={x}, name={name}, pi={pi}")
print(f"{x + 1} {x * 2} {x // 5} {x % 5} {-x}")
print(f"{name!r} {name!s} {items!r} {pi!s}")
print(f"{x=}")
print(f"{name=}")
print(f"{x + 1 = }")
print(f"{pi=:.2f}")
print(f"{name=!s}")
print(f"{{literal}} {{{x}}}")
print(f"{'quoted'} {'sq' if x else 'no'}", f'{"dq"}')
print(f"{items[0]} {items[-1]} {items[1:]} {len(items)}")
d = {"a": 1, "b": 2}
print(f"{d['a']} {d}")
print(f"{x if x > 10 else 0} {'big' if x > 100 else 'small'}")
print(f"{[i * i for i in range(4)]}")
print(f"{(lambda v: v * 2)(21)}")
print(f"{name.upper()} {name.lower()!r} {name[::-1]}")
print(f"{x}" f"{name}" "plain" f"{pi}")
print(f"""triple {x}
second line {name}""")
print(f"{None} {True} {False} {1.0} {2**70}")
print(f"{'nested ' + f'{x}'}")
print(f"{x:{'>'}{10}}|")
t = (1, 2)
print(f"{t} {t[0]}")
print(f"{3.0} {1e20} {1e-7} {float('inf')}")
print(F"upper F {x}", rf"raw\n{x}", fr"{x}\t")
print(f"")
