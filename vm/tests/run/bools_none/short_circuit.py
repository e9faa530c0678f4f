# and/or return operands and short-circuit; not returns bools.
log = []
def t(name, value):
    log.append(name)
    return value
print(t("a", 0) and t("b", 1))
print(log); log.clear()
print(t("a", 2) and t("b", 3))
print(log); log.clear()
print(t("a", 0) or t("b", ""))
print(log); log.clear()
print(t("a", "x") or t("b", "y"))
print(log); log.clear()
print(t("a", 1) and t("b", 0) or t("c", 5))
print(log); log.clear()
print(t("a", []) or t("b", 0) or t("c", None))
print(log); log.clear()
print(t("a", 1) and t("b", 2) and t("c", 3) and t("d", 0) and t("e", 9))
print(log); log.clear()
print(not t("a", []), not t("b", [1]))
print(log); log.clear()
print(1 or 1 / 0, 0 and 1 / 0, None or [] or {} or 0 or "last")
print([] and 1, [0] and 1, "" or None)
x = 5
print(x > 3 and x < 10, x > 3 and "big" or "small", x < 3 and "big" or "small")
print(0 < x and x or -1)
r = (x == 5) + (x == 6) * 2
print(r)
print(t("c", 1) if t("cond", 0) else t("d", 2))
print(log)
def nested(v):
    return v and (v > 10 or v < -10) and "far" or "near"
print([nested(v) for v in [0, 5, 11, -20, -3]])
