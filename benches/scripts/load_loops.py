"""The loops behind the global-load measurements: ten reads per iteration
of a local (the control), a module global, a builtin, a local bound to a
builtin (the builtin's control), and ten calls of `len`; `empty` is the
bare loop. `benches/benches/globals.rs` (criterion, in-process) and
`load_ratio.py` (interleaved, one process) both run these.
"""
g = 1
s = 'abc'

def empty(n):
    for i in range(n):
        pass

def read_local(n):
    l = 1
    for i in range(n):
        l; l; l; l; l; l; l; l; l; l

def read_local_builtin(n):
    l = len
    for i in range(n):
        l; l; l; l; l; l; l; l; l; l

def read_global(n):
    for i in range(n):
        g; g; g; g; g; g; g; g; g; g

def read_builtin(n):
    for i in range(n):
        len; len; len; len; len; len; len; len; len; len

def call_len(n):
    for i in range(n):
        len(s); len(s); len(s); len(s); len(s); len(s); len(s); len(s); len(s); len(s)
