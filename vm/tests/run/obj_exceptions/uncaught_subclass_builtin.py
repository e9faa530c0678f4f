class NotFound(KeyError):
    pass
d = {}
try:
    raise NotFound("x")
except LookupError as e:
    print("as LookupError:", repr(e), str(e))
raise NotFound("missing-key")
