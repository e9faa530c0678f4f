import sys
class Done(SystemExit):
    pass
try:
    raise Done(4)
except SystemExit as e:
    print("caught Done", e.code)
print("exiting")
sys.exit(3)
