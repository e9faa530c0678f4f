from .util import helper as h
from . import NAME
def run():
    return h() + " via " + __name__ + " of " + NAME
