# Common loop patterns: accumulation, search, two pointers, sliding windows.
nums = [4, 8, 15, 16, 23, 42]
acc = 0
for n in nums:
    acc += n
print("sum", acc)
best = nums[0]
for n in nums[1:]:
    if n > best:
        best = n
print("max", best)
lo, hi = 0, len(nums) - 1
target = 39
while lo < hi:
    s = nums[lo] + nums[hi]
    if s == target:
        print("pair", nums[lo], nums[hi])
        break
    elif s < target:
        lo += 1
    else:
        hi -= 1
else:
    print("no pair")
window = 3
sums = []
cur = sum(nums[:window])
sums.append(cur)
for i in range(window, len(nums)):
    cur += nums[i] - nums[i - window]
    sums.append(cur)
print("windows", sums)
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
print([bsearch(nums, x) for x in [0, 4, 5, 16, 42, 100]])
running = []
t = 0
for n in nums:
    t += n
    running.append(t)
print(running)
rev = []
for i in range(len(nums) - 1, -1, -1):
    rev.append(nums[i])
print(rev)
evens, odds = [], []
for n in range(10):
    (evens if n % 2 == 0 else odds).append(n)
print(evens, odds)
