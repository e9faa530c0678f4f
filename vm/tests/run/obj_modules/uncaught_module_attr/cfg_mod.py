known = 1
