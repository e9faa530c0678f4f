print("executing counter_mod")
value = 0
def inc():
    global value
    value += 1
    return value
