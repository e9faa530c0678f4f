import latin1_text_mod
print(latin1_text_mod.s, len(latin1_text_mod.s))
try:
    import badcookie_mod
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    import asciibad_mod
except SyntaxError as e:
    print(type(e).__name__, e.msg)
import crlf_text_mod
print(repr(crlf_text_mod.doc))
