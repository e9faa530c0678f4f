# exec(), eval() and compile() called from code compiled under
# `from __future__ import annotations` compile with it too (CPython's
# PyEval_MergeCompilerFlags), so annotations in the executed source are not
# evaluated; compile(dont_inherit=True) does not inherit; compile()'s flags
# are checked. (__annotations__ itself is left out: nsvm evaluates-and-
# ignores annotations, as the subset says, and does not build it.)
from __future__ import annotations
import __future__

def t(name, f):
    try:
        r = f()
        print(name, 'ok', repr(r))
    except BaseException as e:
        print(name, type(e).__name__, e)

def ex(src, g=None):
    g = {} if g is None else g
    exec(src, g)
    return sorted(k for k in g if k not in ('__builtins__', '__annotations__'))

t('exec_inherits', lambda: ex('x: undefined_name = 1'))
t('exec_def_inherits', lambda: ex('def f(a: nope) -> nope2:\n    return a\nr = f(3)'))
t('exec_class_inherits', lambda: ex('class C:\n    y: nope = 2'))
t('compile_inherits', lambda: ex(compile('x: undefined_name = 1', 's', 'exec')))
t('compile_dont_inherit', lambda: ex(compile('x: undefined_name = 1', 's', 'exec', dont_inherit=True)))
t('compile_dont_inherit_pos', lambda: ex(compile('x: undefined_name = 1', 's', 'exec', 0, True)))
t('compile_flag_explicit', lambda: ex(compile('x: undefined_name = 1', 's', 'exec', __future__.annotations.compiler_flag, True)))
t('nested_exec', lambda: ex('exec("z: nope = 3")'))
t('nested_exec_dont', lambda: ex('exec(compile("z: nope = 3", "s", "exec", dont_inherit=True))'))
def in_function():
    g = {}
    exec('w: nope = 4', g)
    return g['w']
t('in_function', in_function)
t('eval_lambda', lambda: eval('(lambda: 5)()'))
t('bad_flags', lambda: compile('1', 's', 'exec', 0x8000000))
t('bad_flags_str', lambda: compile('1', 's', 'exec', 'x'))
t('bad_flags_then_mode', lambda: compile('1', 's', 'bogus', 0x8000000))
t('other_future_flag', lambda: ex(compile('q = 1', 's', 'exec', __future__.division.compiler_flag)))
t('dont_inherit_str', lambda: compile('1', 's', 'exec', 0, 'x'))
