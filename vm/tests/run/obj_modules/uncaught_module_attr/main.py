import cfg_mod
print(cfg_mod.known)
print(cfg_mod.zzzzzz)
