# Function objects: __name__, __doc__, defaults, callable, passing functions around.
def documented(a, b=1):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__)
print(documented.__defaults__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__name__)
lam = lambda: 0
print(lam.__name__)
print(callable(documented), callable(lam), callable(5), callable("s"), callable(print), callable(len))
funcs = [documented, nodoc, lam]
print([f.__name__ for f in funcs])
table = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(table["add"](2, 3), table["mul"](2, 3))
def outer():
    def inner_fn():
        pass
    return inner_fn
print(outer().__name__, outer().__qualname__)
print(type(documented).__name__, type(print).__name__, type(len).__name__)
alias = documented
print(alias(5), alias is documented, alias.__name__)
def kwdefaults(*, k=3):
    return k
print(kwdefaults.__kwdefaults__)
print(isinstance(documented, object))
