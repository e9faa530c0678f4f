# Exceptions used for control flow inside loops and functions.
values = ["1", "x", "3", "", "5.5", "-7"]
parsed = []
errors = 0
for v in values:
    try:
        parsed.append(int(v))
    except ValueError:
        errors += 1
        continue
    finally:
        parsed.append("|")
print(parsed, errors)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError:
        return None
print([safe_div(1, x) for x in [1, 0, 2, "s"]])
d = {"a": 1}
keys = ["a", "b", "a", "c"]
found = []
for k in keys:
    try:
        found.append(d[k])
    except KeyError as e:
        found.append("missing " + str(e))
print(found)
i = 0
while True:
    try:
        if i >= 3:
            raise StopIteration
        i += 1
    except StopIteration:
        print("stopped at", i)
        break
def retry(attempts):
    n = 0
    while True:
        n += 1
        try:
            if n < attempts:
                raise RuntimeError("fail " + str(n))
            return "succeeded after " + str(n)
        except RuntimeError as e:
            print("retrying:", e)
print(retry(3))
total = 0
for x in [1, 2, "three", 4, None, 6]:
    try:
        total += x
    except TypeError as e:
        print("skip:", e)
print(total)
