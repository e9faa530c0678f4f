print("init geom", __name__)
VERSION = "1.0"
def version():
    return "geom " + VERSION
