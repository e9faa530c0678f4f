import state_mod
print(state_mod.runs)
import user_mod
print(state_mod.runs, user_mod.peek())
from state_mod import runs, record
record("from main")
print(runs, user_mod.peek() == runs)
import state_mod as s
s.runs = ["replaced"]
print(runs, user_mod.peek())
print(user_mod.state_mod is s)
