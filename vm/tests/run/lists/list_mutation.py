# Item assignment, deletion, aliasing and index errors.
a = [10, 20, 30]
a[0] = 11
a[-1] = 33
print(a)
del a[1]
print(a)
a[1] += 1
print(a)
m = [[0, 0], [0, 0]]
m[1][0] = 5
m[0][1] += 2
print(m)
def attempt(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)
def set_item(lst, i, v):
    lst[i] = v
def del_item(lst, i):
    del lst[i]
attempt(lambda: set_item(a, 5, 0))
attempt(lambda: set_item(a, -5, 0))
attempt(lambda: del_item(a, 9))
attempt(lambda: a[3])
attempt(lambda: a["0"])
attempt(lambda: set_item(a, "x", 1))
attempt(lambda: set_item(a, 1.0, 1))
attempt(lambda: a[None])
print(a)
stack = []
for i in range(5):
    stack.append(i)
while len(stack) > 2:
    print("popped", stack.pop())
print(stack)
queue = [1, 2, 3]
while queue:
    x = queue.pop(0)
    if x < 3:
        queue.append(x + 10)
    print(x, queue)
lst = [1, 2, 3, 4, 5, 6]
for i in range(len(lst) - 1, -1, -1):
    if lst[i] % 2 == 0:
        del lst[i]
print(lst)
