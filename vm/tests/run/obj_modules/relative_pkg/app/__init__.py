from . import util
from .util import helper
NAME = "app"
