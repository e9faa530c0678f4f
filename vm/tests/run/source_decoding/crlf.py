# CRLF line endings throughout
x = 1
if x:
    s = """line one
line two
"""
    print(repr(s))
    t = 'a' \
        'b'
    print(t)
r = r'''raw
end'''
print(repr(r), len(r))
def f():
    return '''x
y'''
print(repr(f()))
