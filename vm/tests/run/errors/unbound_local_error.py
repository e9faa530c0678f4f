# Uncaught UnboundLocalError: assignment later in the function makes x local.
x = 1
def bump():
    print("bumping")
    x += 1
bump()
