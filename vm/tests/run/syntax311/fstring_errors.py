# f-strings as 3.11 reads them: the parts of PEP 701 that 3.12 added
# (backslashes, comments and the string's own quote inside a replacement
# field) are syntax errors, with 3.11's messages and line numbers.
def attempt(label, src, mode="exec"):
    try:
        compile(src, "<" + label + ">", mode)
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno)
    else:
        print(label, "compiles")

# A backslash anywhere in the expression part, even inside a string there.
attempt("bs-in-str", "s = f'{\"a\\nb\"}'\n")
attempt("bs-ord", "s = f'{ord(\"\\\\\")}'\n")
attempt("bs-escaped-quote", "s = f'{\\'a\\'}'\n")
attempt("bs-continuation", "s = f'''{1 + \\\n 2}'''\n")
attempt("bs-concatenated", "s = f'''{1 + \\\n2}''' 'x'\n")
attempt("bs-eval", "f'{\"\\t\".join(x)}'", "eval")
attempt("bs-later-line", "x = 1\ny = 2\ns = f'{x}{\"\\n\"}'\n")
attempt("bs-in-spec-field", "s = f'{1:{\"\\x3e\"}5}'\n")

# A '#' in the expression part: refused in a triple-quoted f-string; in a
# single-quoted one the comment swallows the rest of the line.
attempt("hash-triple", "s = f'''{1 # one\n}'''\n")
attempt("hash-single-newline", "s = f'{1 # one\n}'\n")
attempt("hash-single-line", "s = f'{1 # one}'\n")
attempt("hash-single-bracketed", "s = (f'{1 # one}'\n)\n")
attempt("hash-in-list", "x = [f'{y # c}' for y in z]\n")

# The f-string's own quote inside a replacement field ends the string.
attempt("quote-reuse", "s = f'{'a'}'\n")
attempt("quote-reuse-dq", 's = f"{"a"}"\n')
attempt("quote-reuse-call", "s = f'{len('ab')}'\n")
attempt("quote-reuse-subscript", "s = f'{d['k']}'\n")
attempt("quote-reuse-nested", "s = f'{f'{1}'}'\n")
attempt("quote-reuse-line2", "x = 1\ns = (f'{'a'}'\n)\n")

# A newline in a single-quoted f-string's field leaves it unterminated.
attempt("newline-in-field", "s = f'{1 +\n 2}'\n")
attempt("newline-in-spec", "x = f'{1:\n}'\n")

# Format specs nest two levels deep; a field in a spec's spec is refused.
attempt("spec-depth-3", "s = f'{1:{2:{3}}}'\n")
attempt("spec-depth-3-conv", "s = f'{a!r:{b:{c}}}'\n")
attempt("spec-depth-3-second", "s = f'{1:{2}{3:{4}}}'\n")
attempt("spec-depth-3-concat", "s = f'{1}' f'{2:{3:{4}}}'\n")
attempt("spec-depth-3-next-line", "s = (f'{1:{2:{3}}}'\n,)\n")
attempt("spec-depth-3-triple", "s = f'''{\n1:{2:{3}}}'''\n")

# The other f-string errors, in 3.11's words.
attempt("single-close", "s = f'}'\n")
attempt("single-close-after", "s = f'{1}}'\n")
attempt("unclosed", "s = f'{'\n")
attempt("unclosed-after-spec", "s = f'{1:'\n")
attempt("unclosed-after-conv", "s = f'{1!r '\n")
attempt("unclosed-concat", "s = f'{a}' f'{'\n")
attempt("empty", "s = f'{}'\n")
attempt("empty-space", "s = f'{ }'\n")
attempt("empty-second", "s = f'{a}{}'\n")
attempt("empty-next-line", "s = (f'{}'\n,)\n")
attempt("before-bang", "s = f'{!r}'\n")
attempt("before-bang-space", "s = f'{ !r}'\n")
attempt("before-colon", "s = f'{:x}'\n")
attempt("before-equal", "s = f'{=}'\n")
attempt("bad-conversion", "s = f'{1!z}'\n")
attempt("bad-conversion-long", "s = f'{1!zz}'\n")
attempt("bad-conversion-empty", "s = f'{1!}'\n")
attempt("bad-conversion-space", "s = f'{1! r}'\n")
attempt("conversion-then-junk", "s = f'{1!rr}'\n")
attempt("conversion-after-debug", "s = f'{x=!}'\n")
attempt("lambda", "s = f'{lambda x: x}'\n")
attempt("statement", "s = f'{1;2}'\n")
attempt("spec-brace-escape", "s = f'{a:{{}}'\n")

# Unterminated literals, f-strings or not.
attempt("unterminated", "s = 'abc\n")
attempt("unterminated-eof", "s = 'abc")
attempt("unterminated-bytes", "s = b'x\n")
attempt("unterminated-bracketed", "s = (1,\n'abc\n)")
attempt("unterminated-f", "s = f'abc\n")
attempt("unterminated-triple", "x = 1\ns = '''abc\n\n")
attempt("unterminated-triple-rb", "x = 1\ns = rb'''abc\n\n")
attempt("unterminated-triple-f", "s = f'''a{1}\nb\n")
