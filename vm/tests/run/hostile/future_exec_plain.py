# Without the future import, exec() evaluates annotations; compile() with
# the feature's compiler_flag turns it on for that source (and for exec()
# called from it); a future import inside exec'd source affects that
# source only. (__annotations__ itself is left out, as in future_exec.py.)
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
t('exec_plain', lambda: ex('x: undefined_name = 1'))
t('compile_flag', lambda: ex(compile('x: undefined_name = 1', 's', 'exec', __future__.annotations.compiler_flag)))
t('compile_flag_nested', lambda: ex(compile('exec("y: nope = 1")', 's', 'exec', __future__.annotations.compiler_flag)))
t('future_in_exec', lambda: ex('from __future__ import annotations\nx: nope = 1\nexec("y: nope2 = 2")'))
t('after_future_exec', lambda: ex('x: undefined_name = 1'))
