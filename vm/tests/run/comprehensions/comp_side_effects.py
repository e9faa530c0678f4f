# Evaluation order and side effects inside comprehensions.
log = []
def t(tag, v):
    log.append(tag)
    return v
r = [t("elem", x) for x in t("iter", range(3)) if t("cond", x != 1)]
print(r)
print(log)
log.clear()
d = {t("key", k): t("val", k * 2) for k in range(2)}
print(d, log)
log.clear()
nested = [t("inner", (a, b)) for a in t("outer-iter", [1, 2]) for b in t("inner-iter", [3])]
print(nested, log)
acc = []
[acc.append(i) for i in range(3)]
print(acc)
counter = [0]
def bump():
    counter[0] += 1
    return counter[0]
print([bump() for _ in range(4)], counter)
