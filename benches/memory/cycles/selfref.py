# N objects that reference themselves: `a = C(); a.me = a`.
import sys


class C:
    pass


n = int(sys.argv[1])
for i in range(n):
    a = C()
    a.me = a
print("selfref", n)
