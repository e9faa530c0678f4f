# Recursive processing of nested lists/dicts/tuples (trees as tuples).
tree = (5, (3, (1, None, None), (4, None, None)), (8, (7, None, None), (9, None, None)))
def inorder(t):
    if t is None:
        return []
    v, l, r = t
    return inorder(l) + [v] + inorder(r)
def height(t):
    return 0 if t is None else 1 + max(height(t[1]), height(t[2]))
def insert(t, x):
    if t is None:
        return (x, None, None)
    v, l, r = t
    if x < v:
        return (v, insert(l, x), r)
    return (v, l, insert(r, x))
print(inorder(tree), height(tree))
t2 = None
for x in [50, 30, 70, 20, 40, 60, 80, 35]:
    t2 = insert(t2, x)
print(inorder(t2), height(t2))
def to_str(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        lines = []
        for k, v in obj.items():
            lines.append(pad + str(k) + ":")
            lines.append(to_str(v, indent + 1))
        return "\n".join(lines)
    if isinstance(obj, list):
        return "\n".join(to_str(v, indent) for v in obj)
    return pad + repr(obj)
print(to_str({"a": [1, 2], "b": {"c": "deep", "d": [None]}}))
def count_nodes(obj):
    if isinstance(obj, (list, tuple)):
        return 1 + sum(count_nodes(x) for x in obj)
    if isinstance(obj, dict):
        return 1 + sum(count_nodes(v) for v in obj.values())
    return 1
print(count_nodes([1, [2, 3], {"k": (4, 5)}]))
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3, 8]))
def quicksort(xs):
    if len(xs) < 2:
        return xs
    p = xs[0]
    return quicksort([x for x in xs[1:] if x < p]) + [p] + quicksort([x for x in xs[1:] if x >= p])
print(quicksort([3, 6, 1, 8, 2, 9, 2]))
