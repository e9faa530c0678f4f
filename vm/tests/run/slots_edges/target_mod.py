counter = 0
label = "orig"

def get_counter():
    return counter

def get_label():
    return label

def get_extra():
    return extra

def bump():
    global counter
    counter += 1
    return counter

def own_len(x):
    return len(x)

def own_keys_tail(n):
    return list(globals())[-n:]
