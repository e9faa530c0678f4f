# getattr/hasattr on builtin objects, callable, iter/next.
s = "hello"
up = getattr(s, "upper")
print(up(), getattr(s, "nope", "fallback"), hasattr(s, "split"), hasattr(s, "nope"))
lst = [3, 1, 2]
getattr(lst, "sort")()
print(lst, getattr(lst, "append") is not None)
d = {"k": 1}
print(getattr(d, "get")("k"), hasattr(d, "items"), hasattr(5, "bit_length"))
print(callable(len), callable(up), callable(lambda: 0), callable(3), callable("x"), callable([]), callable(int))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    getattr(s, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr([], "foo")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(5, "real_or_not")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError:", e)
m = getattr(list, "append")
x = []
m(x, 1)
print(x)
