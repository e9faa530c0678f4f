# The global statement: reading, writing, creating globals from functions.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def create():
    global created
    created = "made in function"
create()
print(created)
def reader():
    return counter * 10
print(reader())
def shadow():
    counter = -1
    return counter
print(shadow(), counter)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
def del_global():
    global created
    del created
del_global()
try:
    print(created)
except NameError as e:
    print("NameError:", e)
x = "module"
def nested():
    def inner():
        global x
        x = "set by inner"
    inner()
    return x
print(nested(), x)
def loop_global():
    global total
    total = 0
    for i in range(5):
        total += i
loop_global()
print(total)
def global_in_comp():
    return [counter + i for i in range(3)]
print(global_in_comp())
len = lambda s: 42
print(len("abc"))
del len
print(len("abc"))
