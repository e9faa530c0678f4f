# Greedy word wrapping and justification.
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    out = ""
    for i, w in enumerate(line[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + line[-1]
for width in (20, 32):
    lines = wrap(text.split(), width)
    print("+" + "-" * width + "+")
    for i, l in enumerate(lines):
        s = justify(l, width) if i < len(lines) - 1 else " ".join(l).ljust(width)
        print("|" + s + "|")
    print("+" + "-" * width + "+")
print(max(len(w) for w in text.split()))
