# A tiny recursive-descent parser and serialiser for a JSON-like syntax.
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1
            obj = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return obj
            while True:
                ws()
                k = value()
                ws()
                assert s[pos] == ":", "expected ':' at " + str(pos)
                pos += 1
                obj[k] = value()
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                assert s[pos] == "}", "expected '}' at " + str(pos)
                pos += 1
                return obj
        if c == "[":
            pos += 1
            arr = []
            ws()
            if s[pos] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                assert s[pos] == "]", "expected ']' at " + str(pos)
                pos += 1
                return arr
        if c == '"':
            end = s.index('"', pos + 1)
            out = s[pos + 1:end]
            pos = end + 1
            return out
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(lit, pos):
                pos += len(lit)
                return val
        start = pos
        while pos < len(s) and (s[pos].isdigit() or s[pos] in "-+.eE"):
            pos += 1
        num = s[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    v = value()
    ws()
    if pos != len(s):
        raise ValueError("trailing data at " + str(pos))
    return v
def dump(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str):
        return '"' + v + '"'
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ",".join(dump(x) for x in v) + "]"
    return "{" + ",".join(dump(k) + ":" + dump(x) for k, x in v.items()) + "}"
src = '{"name": "nsvm", "version": [0, 1, 2], "ok": true, "none": null, "pi": 3.14, "nested": {"a": [], "b": {}}, "neg": -12, "big": 123456789012345678901234567890}'
obj = parse(src)
print(obj)
print(dump(obj))
print(parse(dump(obj)) == obj)
for bad in ['{"a" 1}', '[1, 2', '[1] x']:
    try:
        parse(bad)
    except (AssertionError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
