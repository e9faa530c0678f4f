import tool_mod
print(__name__)
print(tool_mod.describe())
def main():
    print("main() called", __name__ == "__main__")
    return 0
if __name__ == "__main__":
    main()
else:
    print("not main")
print(globals()["__name__"], tool_mod.__dict__["__name__"])
