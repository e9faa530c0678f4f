"""A docstring may come before the future statements."""
# `from __future__ import ...` with 3.11's meaning: every feature name
# imports (all but `annotations` are mandatory and change nothing), the
# `__future__` module describes them, `annotations` postpones annotations
# (they are not evaluated: undefined names and side effects never run),
# and unknown, `braces` or late future imports are SyntaxErrors.
from __future__ import annotations
from __future__ import generator_stop, division, absolute_import, print_function
from __future__ import (nested_scopes, with_statement,
                        unicode_literals, generators as gens)
import __future__

def t(name, f):
    try:
        r = f()
        print(name, 'ok', repr(r))
    except BaseException as e:
        print(name, type(e).__name__, e)

def loud(x):
    print('evaluated', x)
    return x

def f(x: undefined_name, y: loud('param') = 3, *a: loud('star'), k: loud('kw') = 1, **kw: nope) -> List[int]:
    return x, y
print('call', f(1))
class C:
    a: no_such_thing
    b: loud('class') = 1
    c: dict[str, int]
print('class', C.b)
v: loud('module') = 5
print('module', v)
def g():
    w: loud('local') = 2
    return w
print('local', g())
lam = lambda q: q
print('names', annotations.compiler_flag, division.mandatory, gens.optional, nested_scopes is __future__.nested_scopes)
print('repr', repr(__future__.annotations), repr(generator_stop))
t('future_feature', lambda: __future__.annotations.getMandatoryRelease())
t('future_feature_opt', lambda: __future__.annotations.getOptionalRelease())
t('future_division', lambda: __future__.division.getMandatoryRelease())
t('future_names', lambda: sorted(__future__.all_feature_names))
t('future_all', lambda: __future__.__all__[:3])
t('future_flags', lambda: [__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_FUTURE_DIVISION, __future__.CO_NESTED])
t('future_in_ns', lambda: sorted(k for k in ('annotations', 'division', 'gens', 'generators') if k in globals()))
t('true_div', lambda: 7 / 2)
t('future_exec', lambda: exec('from __future__ import braces'))
t('future_exec_bad', lambda: exec('from __future__ import nonsense'))
t('future_exec_bad2', lambda: exec('from __future__ import annotations, nonsense'))
t('future_exec_late', lambda: exec('x = 1\nfrom __future__ import annotations'))
t('future_exec_late_import', lambda: exec('import sys\nfrom __future__ import division'))
t('future_exec_in_def', lambda: exec('def h():\n    from __future__ import division\n'))
t('future_exec_docstring', lambda: exec('"doc"\nfrom __future__ import division\nr = 1'))
t('future_exec_two', lambda: exec('from __future__ import division\nfrom __future__ import annotations\nr = 1'))
def exec_ann():
    g = {}
    exec('from __future__ import annotations\ndef h(a: nope) -> q:\n    return 3\nr = h(1)', g)
    return g['r']
t('future_exec_ann', exec_ann)
t('compile_future', lambda: compile('from __future__ import braces', 'm', 'exec'))
t('relative_future', lambda: exec('from .__future__ import x'))
t('import_future_attr', lambda: __import__('__future__').division.compiler_flag)
