# sys.exit(2**63): one past a C long, so status 255 and nothing printed;
# the code is read from the exception's `code`, as CPython does.
import sys
print('before')
try:
    sys.exit(5)
except SystemExit as e:
    print('caught', e.code)
sys.exit(2**63)
