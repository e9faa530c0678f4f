# Errors from del on missing keys, indices, immutable containers.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
def del_key(d, k):
    del d[k]
def del_idx(l, i):
    del l[i]
def del_slice(l):
    del l[1:2]
attempt(1, lambda: del_key({}, "missing"))
attempt(2, lambda: del_key({1: 2}, 1))
attempt(3, lambda: del_idx([1], 5))
attempt(4, lambda: del_idx([1], -2))
attempt(5, lambda: del_idx((1,), 0))
attempt(6, lambda: del_idx("ab", 0))
attempt(7, lambda: del_slice((1, 2, 3)))
attempt(8, lambda: del_idx([1, 2], "x"))
attempt(9, lambda: del_key({(1, 2): 0}, (1, 2)))
attempt(10, lambda: del_key({}, [1]))
attempt(11, lambda: del_idx(range(3), 0))
def del_unbound():
    del zz
    zz = 1
attempt(12, del_unbound)
