# A report formatted with a mix of f-strings, % and str.format.
rows = [("widget", 3, 2.5), ("gadget", 12, 10.0), ("doohickey", 1, 199.99), ("thing", 100, 0.333)]
print(f"{'item':<10}{'qty':>5}{'price':>10}{'total':>12}")
print("-" * 37)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}{qty:>5}{price:>10.2f}{total:>12,.2f}")
print("-" * 37)
print(f"{'TOTAL':<25}{grand:>12,.2f}")
for name, qty, price in rows:
    print("%-10s %3d @ %7.3f" % (name, qty, price))
for i, (name, qty, price) in enumerate(rows):
    print("{0:2d}. {1:.<12} {2:>6}".format(i + 1, name, qty))
print(f"{grand:.3e} {grand:g} {int(grand):,}")
pct = [q / sum(r[1] for r in rows) for _, q, _ in rows]
print(" ".join(f"{p:6.1%}" for p in pct))
print("|".join(f"{n[:4]:^6}" for n, _, _ in rows))
