# Deleting and rebinding names inside loops and functions.
results = []
for i in range(3):
    tmp = i * 2
    results.append(tmp)
    del tmp
print(results)
try:
    tmp
except NameError as e:
    print("NameError:", e)
data = {"a": 1, "b": 2, "c": 3}
for k in list(data):
    if data[k] % 2:
        del data[k]
print(data)
nums = list(range(10))
i = 0
while i < len(nums):
    if nums[i] % 3 == 0:
        del nums[i]
    else:
        i += 1
print(nums)
def shadow_and_delete():
    len = lambda x: -1
    first = len("abc")
    del len
    try:
        return first, len("abc")
    except UnboundLocalError as e:
        return first, "UnboundLocalError: " + str(e)
print(shadow_and_delete())
def delete_param(p):
    del p
    try:
        return p
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(delete_param(5))
