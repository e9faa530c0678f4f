# Nested dicts as records, counters, graphs.
db = {
    "alice": {"age": 30, "langs": ["py", "rs"]},
    "bob": {"age": 25, "langs": ["js"]},
}
db["carol"] = {"age": 35, "langs": []}
db["bob"]["langs"].append("go")
db["alice"]["age"] += 1
for name, rec in db.items():
    print(name, rec["age"], ",".join(rec["langs"]) or "-")
print(sorted(db, key=lambda n: db[n]["age"]))
print(sum(len(r["langs"]) for r in db.values()))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                queue.append(nxt)
    return seen
print(bfs("a"))
indeg = {n: 0 for n in graph}
for n in graph:
    for m in graph[n]:
        indeg[m] += 1
print(indeg)
order = []
ready = [n for n in graph if indeg[n] == 0]
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in graph[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(order)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
