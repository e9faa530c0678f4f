# An uncaught SystemExit whose code does not fit a C long: CPython's
# PyLong_AsLong fails, the status is -1 (255) and nothing is printed.
import sys
print('before')
sys.exit(2**100)
