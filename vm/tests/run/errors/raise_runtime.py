# Explicitly raised uncaught RuntimeError.
def step(n):
    if n == 3:
        raise RuntimeError("step 3 failed")
    print("step", n)
for i in range(5):
    step(i)
