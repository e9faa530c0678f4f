runs = []
runs.append("ran")
def record(x):
    runs.append(x)
    return len(runs)
