import app
print(app.helper(), app.util.helper())
from app import core
print(core.run())
import app.core as c
print(c is core, app.NAME)
