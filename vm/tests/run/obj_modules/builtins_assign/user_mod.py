def use_helper():
    return helper(3)

def use_len(x):
    return len(x)

def shadowed_print_like():
    return max([1, 2])
