#!/usr/bin/env python3
"""Record CPython's behaviour for the golden test programs under tests/run/.

Usage (from anywhere; paths are resolved relative to this script):

    python3 vm/tests/gen_golden.py                 # every program under vm/tests/run/
    python3 vm/tests/gen_golden.py run/ints        # only programs under these paths
    python3 vm/tests/gen_golden.py run/ints/pow.py # ... or these files

Relative paths on the command line are tried against the current directory
first, then against this script's folder (vm/tests/).

For each program NAME.py it runs `python3 NAME.py` (the interpreter is
sys.executable, which must be CPython 3.11) with the program's folder as the
working directory, PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1, stdin closed
and a 30 s timeout, and writes:

    NAME.out  standard output, byte for byte
    NAME.rc   the exit status, one line (e.g. "0\\n")
    NAME.err  only when the exit status is non-zero: the last non-empty line
              of standard error (e.g. "ZeroDivisionError: division by zero");
              a stale NAME.err is deleted when the status is 0.

Helper modules are not programs and are skipped: files named `*_mod.py`, and
every file inside a folder that contains `__init__.py` (a package), together
with everything below such a folder. This matches what vm/tests/golden.rs
collects.

The files are generated, never edited by hand: change the program and rerun.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RUN = os.path.join(HERE, "run")
TIMEOUT = 30


def is_program(path):
    name = os.path.basename(path)
    return name.endswith(".py") and not name.endswith("_mod.py")


def collect(root, out):
    """Programs under root (a folder or a file), sorted, skipping packages."""
    if os.path.isfile(root):
        d = os.path.dirname(root)
        if is_program(root) and not os.path.exists(os.path.join(d, "__init__.py")):
            out.append(root)
        return
    if not os.path.isdir(root):
        return
    if os.path.exists(os.path.join(root, "__init__.py")):
        return
    for name in sorted(os.listdir(root)):
        p = os.path.join(root, name)
        if os.path.isdir(p):
            collect(p, out)
        elif is_program(p):
            out.append(p)


def resolve(arg):
    if os.path.exists(arg):
        return os.path.abspath(arg)
    for base in (HERE, os.path.dirname(HERE), RUN):
        p = os.path.join(base, arg)
        if os.path.exists(p):
            return os.path.abspath(p)
    sys.exit("gen_golden: no such program or folder: %s" % arg)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def last_nonempty_line(data):
    for line in reversed(data.decode("utf-8", "replace").splitlines()):
        if line.strip():
            return line
    return ""


def record(prog):
    folder = os.path.dirname(prog)
    stem = prog[:-3]
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        p = subprocess.run(
            [sys.executable, os.path.basename(prog)],
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        print("gen_golden: TIMEOUT %s (nothing written)" % prog, file=sys.stderr)
        return None
    write(stem + ".out", p.stdout)
    write(stem + ".rc", b"%d\n" % p.returncode)
    err = stem + ".err"
    if p.returncode != 0:
        write(err, (last_nonempty_line(p.stderr) + "\n").encode("utf-8"))
    elif os.path.exists(err):
        os.remove(err)
    return p.returncode


def main(argv):
    roots = [resolve(a) for a in argv] or [RUN]
    progs = []
    for r in roots:
        collect(r, progs)
    progs = sorted(set(progs))
    ok = failing = timeouts = 0
    for prog in progs:
        rc = record(prog)
        if rc is None:
            timeouts += 1
        elif rc == 0:
            ok += 1
        else:
            failing += 1
    print(
        "gen_golden: %d programs recorded (%d exit 0, %d non-zero, %d timed out) with %s"
        % (len(progs), ok, failing, timeouts, sys.version.split()[0])
    )
    return 1 if timeouts else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
