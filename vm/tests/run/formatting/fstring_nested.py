# Nested format specs and f-strings inside loops and functions.
def pad(v, w, align="<"):
    return f"{v:{align}{w}}"
print("[" + pad("a", 4) + "]", "[" + pad("b", 4, ">") + "]", "[" + pad(7, 5, "^") + "]")
for w in range(1, 6):
    print(f"{'*' * w:>{5}}|{w:0{w}d}|{1 / w:.{w}f}")
fill = "#"
for align in "<^>":
    print(f"{'mid':{fill}{align}9}")
table = {"a": 1.5, "bb": 22.25, "ccc": 333.125}
kw = max(len(k) for k in table)
for k, v in table.items():
    print(f"{k:>{kw}} = {v:>{kw + 5}.{2}f}")
specs = [">6", "<6", "^6", "06.2f", ",", "e"]
for sp in specs:
    print(sp, f"{1234.5:{sp}}")
name = "w"
print(f"{f'{name}' * 3}", f"{'-'.join(f'{i}' for i in range(3))}")
print(f"{len(f'{12345:,}')}")
