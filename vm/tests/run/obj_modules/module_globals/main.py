import cfg_mod
from cfg_mod import setting, items
setting = "main's own"
print(cfg_mod.read(), setting)
cfg_mod.write("written")
print(cfg_mod.read(), cfg_mod.setting, setting)
cfg_mod.setting = "assigned from main"
print(cfg_mod.read())
cfg_mod.add(1)
items.append(2)
print(cfg_mod.items, items is cfg_mod.items)
print(cfg_mod.get_global_names())
cfg_mod.make_new_global()
print(cfg_mod.created_later, "created_later" in cfg_mod.get_global_names())
del cfg_mod.setting
try:
    cfg_mod.read()
except NameError as e:
    print("NameError:", e)
cfg_mod.setting = "restored"
print(cfg_mod.read())
cfg_mod.read = lambda: "replaced function"
print(cfg_mod.read())
