try:
    import does_not_exist_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import does_not_exist_mod
except ImportError as e:
    print("as ImportError:", isinstance(e, ImportError), issubclass(ModuleNotFoundError, ImportError))
try:
    from real_mod import absent
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[:msg.index(" (")], e.name)
from real_mod import present
print(present)
import real_mod
print(real_mod.present)
real_mod.missing_attr
