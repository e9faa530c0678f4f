# time: only clock-independent observations are printed.
import time
t1 = time.time()
total = 0
for i in range(1000):
    total += i
t2 = time.time()
print(total, type(t1).__name__, t2 >= t1, t1 > 1e9)
p1 = time.perf_counter()
p2 = time.perf_counter()
print(p2 >= p1, isinstance(p1, float))
elapsed = t2 - t1
print("elapsed is small:", 0 <= elapsed < 60)
