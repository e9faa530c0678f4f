class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
mine = {"base_attr", "base_method", "child_attr", "inst_attr", "dynamic", "extra"}
c = Child()
print(sorted(n for n in dir(c) if n in mine))
print(sorted(n for n in dir(Child) if n in mine))
print(sorted(n for n in dir(Base) if n in mine))
c.dynamic = 1
Child.extra = 2
print(sorted(n for n in dir(c) if n in mine))
print(dir(c) == sorted(dir(c)), isinstance(dir(c), list))
def f():
    local_one = 1
    local_two = 2
    return dir()
print(f())
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
top_level_name = 1
print("top_level_name" in dir(), "Child" in dir())
print("__init__" in dir(c), "__class__" in dir(c))
