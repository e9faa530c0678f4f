# N bound methods stored on their instance (instance -> method -> instance).
import sys


class C:
    def m(self):
        return 1


n = int(sys.argv[1])
for i in range(n):
    c = C()
    c.bound = c.m
print("boundmethod", n)
