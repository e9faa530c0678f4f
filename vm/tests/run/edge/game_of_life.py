# Conway's game of life on a small torus, using sets of tuples and sorted output.
def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % w, (y + dy) % h)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
def show(live, w, h):
    for y in range(h):
        print("".join("#" if (x, y) in live else "." for x in range(w)))
    print()
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
w, h = 8, 6
g = glider
for gen in range(5):
    print("gen", gen, sorted(g))
    show(g, w, h)
    g = step(g, w, h)
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker, 5, 5)
print(sorted(b1), step(b1, 5, 5) == blinker)
