import state_mod
state_mod.record("from user_mod")
def peek():
    return list(state_mod.runs)
