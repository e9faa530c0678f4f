import sys

def poke_main(name, value):
    sys.modules["__main__"].__dict__[name] = value

def unpoke_main(name):
    del sys.modules["__main__"].__dict__[name]

def poke_ns(ns, name, value):
    ns[name] = value

def shadow_len_in(ns):
    ns["len"] = lambda x: "shadowed by mutator"

def unshadow_len_in(ns):
    ns.pop("len")

def read_main(name):
    return getattr(sys.modules["__main__"], name, "<missing>")

def tail_of(ns, n):
    return list(ns)[-n:]

def set_main_attr(name, value):
    setattr(sys.modules["__main__"], name, value)

def call_main_func(name, *args):
    return sys.modules["__main__"].__dict__[name](*args)

state = "mod state"

def mod_state():
    return state
