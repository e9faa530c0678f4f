# The status of an uncaught SystemExit comes from its `code` attribute,
# which the program may change; int subclasses count as ints.
class I(int):
    pass
e = SystemExit(1)
e.code = I(7)
print(e.args, e.code)
raise e
