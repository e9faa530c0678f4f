def describe():
    return "tool_mod name=" + __name__

if __name__ == "__main__":
    print("tool_mod run as main (should not happen)")
else:
    print("tool_mod imported as", __name__)
