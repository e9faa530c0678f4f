# raise SystemExit(0) and sys.exit() both exit with status 0; None too.
import sys
print("one")
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("code", e.code)
print("exiting for real")
raise SystemExit(None)
