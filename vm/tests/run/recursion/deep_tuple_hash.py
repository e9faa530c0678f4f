# Hashing nested tuples recurses; 50 000 levels hash as in CPython (where
# nsvm's native stack runs low, far deeper, it is RecursionError: CPython
# crashes there, so no golden case can show it).
def nest(n):
    t = ()
    for i in range(n):
        t = (t, i)
    return t
a, b = nest(50000), nest(50000)
print(hash(a) == hash(b), {a: 1}[a], a in {a})
try:
    a == b
except RecursionError as e:
    print("RecursionError", e)
