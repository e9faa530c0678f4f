# A module imported at run time is compiled with the same grammar: the
# program runs up to the import, which raises the SyntaxError.
print("before import")
import fstring_backslash_mod
print("not reached")
