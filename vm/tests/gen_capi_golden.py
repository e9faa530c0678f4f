#!/usr/bin/env python3
"""Record CPython's behaviour for the C API test drivers under tests/capi/.

Usage (from anywhere):

    python3 vm/tests/gen_capi_golden.py

Each `*.c` file in vm/tests/capi/ is compiled with the system C compiler
(`cc`, or $CC) against CPython 3.11's own headers (the include directory of
the running interpreter, as `python3-config --includes` gives it) into
`NAME.so` in a fresh temporary folder, together with `capi_notalib.so`, a
file that is not a library. Each `*_driver.py` is copied there and recorded
by gen_golden.py's `record` (same environment, timeout and files), and its
NAME.out, NAME.rc and NAME.err are copied back beside the driver.

vm/tests/capi.rs builds the same sources against include/Python.h, lays
out the folder the same way (`build_folder` there), and requires nsvm's
output under every strategy to equal these files. They are generated,
never edited by hand: change the C source or the driver and rerun.
"""

import glob
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CAPI = os.path.join(HERE, "capi")
sys.path.insert(0, HERE)
import gen_golden  # noqa: E402

NOT_A_LIBRARY = b"this file is not a shared library\n"


def build_folder(tmp, include):
    cc = os.environ.get("CC", "cc")
    for src in sorted(glob.glob(os.path.join(CAPI, "*.c"))):
        name = os.path.basename(src)[:-2]
        cmd = [cc, "-shared", "-fPIC", "-O1", "-I", include, src, "-o", os.path.join(tmp, name + ".so")]
        subprocess.run(cmd, check=True)
    with open(os.path.join(tmp, "capi_notalib.so"), "wb") as f:
        f.write(NOT_A_LIBRARY)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_capi_golden: run me with CPython 3.11, not %s" % sys.version.split()[0])
    include = sysconfig.get_paths()["include"]
    if not os.path.exists(os.path.join(include, "Python.h")):
        sys.exit("gen_capi_golden: no Python.h under %s" % include)
    drivers = sorted(glob.glob(os.path.join(CAPI, "*_driver.py")))
    with tempfile.TemporaryDirectory(prefix="nsvm-capi-") as tmp:
        build_folder(tmp, include)
        for drv in drivers:
            local = os.path.join(tmp, os.path.basename(drv))
            shutil.copy(drv, local)
            rc = gen_golden.record(local)
            stem = drv[:-3]
            for ext in (".out", ".rc", ".err"):
                if os.path.exists(local[:-3] + ext):
                    shutil.copy(local[:-3] + ext, stem + ext)
                elif os.path.exists(stem + ext):
                    os.remove(stem + ext)
            print("gen_capi_golden: %s exit %s" % (os.path.basename(drv), rc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
