# CPython 3.11's limit on decimal int/str conversions (4300 digits by
# default, sys.set_int_max_str_digits), in every conversion it guards.
import sys


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, r)


print(sys.get_int_max_str_digits())
big = 10**5000
t("str", lambda: len(str(big)))
t("repr", lambda: len(repr(big)))
t("neg", lambda: len(str(-(10**4299))))
t("at limit", lambda: len(str(10**4299)))
t("over", lambda: len(str(10**4300)))
t("fstring", lambda: len(f"{big}"))
t("format d", lambda: len(format(big, "d")))
t("format comma", lambda: len(format(big, ",")))
t("format x", lambda: len(format(big, "x")))
t("format e", lambda: format(big, "e"))
t("percent d", lambda: len("%d" % big))
t("percent x", lambda: len("%x" % big))
t("hex", lambda: len(hex(big)))
t("print list", lambda: len(str([big])))
t("int", lambda: int("1" * 5000))
t("int neg ws", lambda: int("  -" + "2" * 4301 + "  "))
t("int underscores", lambda: int("1_" * 4000 + "1"))
t("int 4300", lambda: int("7" * 4300) % 1000)
t("int junk after", lambda: int("1" * 5000 + "x"))
t("int junk first", lambda: int("x" + "1" * 5000)[:10])
t("int base 16", lambda: int("f" * 5000, 16) % 1000)
t("int base 8", lambda: int("7" * 5000, 8) % 1000)
t("int base 36", lambda: int("z" * 5000, 36))
t("int base 0 hex", lambda: int("0x" + "f" * 5000, 0) % 1000)
t("int base 0 dec", lambda: int("9" * 5000, 0))
t("int arabic", lambda: int("\u0661" * 4301))

t("set 640", lambda: sys.set_int_max_str_digits(640))
t("set -1", lambda: sys.set_int_max_str_digits(-1))
t("set str", lambda: sys.set_int_max_str_digits("5"))
t("set float", lambda: sys.set_int_max_str_digits(1.5))
t("set huge", lambda: sys.set_int_max_str_digits(10**30))
t("set none", lambda: sys.set_int_max_str_digits())
t("set kw", lambda: sys.set_int_max_str_digits(maxdigits=700))
print(sys.get_int_max_str_digits())
t("700 ok", lambda: len(str(10**699)))
t("701 digits", lambda: len(str(10**700)))
t("int 701", lambda: int("9" * 701))
t("set 641", lambda: sys.set_int_max_str_digits(641))
print(sys.get_int_max_str_digits())
t("set 0", lambda: sys.set_int_max_str_digits(0))
print(sys.get_int_max_str_digits())
t("no limit", lambda: len(str(10**50000)))
t("no limit int", lambda: int("3" * 20000) % 1000)
sys.set_int_max_str_digits(4300)
print(str(10**4400))
