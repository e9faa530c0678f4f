class Widget:
    def resize(self, w, h):
        return w * h
w = Widget()
print(w.resize(2, 3))
try:
    w.resize(1)
except TypeError as e:
    print("caught:", e)
w.resize(1, 2, 3)
