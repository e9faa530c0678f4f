# sys: argv, version_info, maxsize, and exit codes (no timing).
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.version_info[0], sys.version_info[:2] >= (3, 11))
print(sys.maxsize == 2**63 - 1, sys.maxsize + 1)
print(type(sys.argv).__name__, isinstance(sys.argv, list))
print(callable(sys.exit))
sys.stdout.write("written via sys.stdout\n")
print("end")
