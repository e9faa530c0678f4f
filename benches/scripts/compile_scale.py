#!/usr/bin/env python3
"""Compile-time scaling: three programs that are large in one dimension each.

    python3 benches/scripts/compile_scale.py [--n N] [--runs R] [--nsvm PATH] [--keep DIR]

Generates, in a temporary folder (or DIR with --keep):

    elif_chain.py   one `if`/`elif` chain of N branches in a function (CPython's
                    tree nests each `elif` in the previous `else`, so past about
                    3000 branches CPython 3.11 fails with "RecursionError: maximum
                    recursion depth exceeded during compilation", and so does nsvm)
    elif_exec.py    the same chain built as a string and compiled by exec() after
                    sys.setrecursionlimit(100000): nsvm compiles and runs it;
                    CPython 3.11's parser gives up with MemoryError past about
                    6000 nested levels, so this row differs on purpose (`!`)
    globals.py      a module that assigns N distinct globals, then reads some
    locals.py       a function with N distinct locals, called once

and times `target/release/nsvm` (both namespace strategies) and CPython 3.11
(the real binary behind `python3`, not a pyenv shim) on each: the best of R
runs of the whole process, compile and run together. Each program does little
work when it runs, so the time is nearly all parsing and compiling. Every
run's stdout is compared with CPython's; a mismatch marks the cell with `!`.

N defaults to 100000 branches for the chain and 50000 names for the other
two (the sizes issue 14 names); --n sets all three.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def elif_chain(n):
    lines = ["def pick(x):"]
    lines.append("    if x == 0:\n        return 'b0'")
    for i in range(1, n):
        lines.append("    elif x == %d:\n        return 'b%d'" % (i, i))
    lines.append("    else:\n        return 'none'")
    lines.append("print(pick(0), pick(%d), pick(%d), pick(-1))" % (n // 2, n - 1))
    return "\n".join(lines) + "\n"


def elif_exec(n):
    return (
        "import sys\n"
        "sys.setrecursionlimit(100000)\n"
        "n = %d\n"
        "src = 'def pick(x):\\n    if x == 0:\\n        return 0\\n' + ''.join("
        "'    elif x == %%d:\\n        return %%d\\n' %% (i, i) for i in range(1, n)) + "
        "'    else:\\n        return -1\\n'\n"
        "g = {}\n"
        "try:\n"
        "    exec(src, g)\n"
        "    print(g['pick'](0), g['pick'](n // 2), g['pick'](n - 1), g['pick'](-5))\n"
        "except (MemoryError, RecursionError) as e:\n"
        "    print(type(e).__name__)\n" % n
    )


def many_globals(n):
    lines = ["g%d = %d" % (i, i) for i in range(n)]
    lines.append("print(g0 + g%d + g%d, len(globals()) > %d)" % (n // 2, n - 1, n))
    return "\n".join(lines) + "\n"


def many_locals(n):
    lines = ["def f():"]
    lines += ["    v%d = %d" % (i, i) for i in range(n)]
    lines.append("    return v0 + v%d + v%d" % (n // 2, n - 1))
    lines.append("print(f())")
    return "\n".join(lines) + "\n"


def cpython():
    """The interpreter itself (`sys.executable` may still be a shim when run
    through one, so ask the `python3` on PATH where its binary is)."""
    try:
        out = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return sys.executable


def best_of(cmd, runs, timeout):
    best = None
    out = None
    for _ in range(runs):
        t0 = time.perf_counter()
        try:
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, None
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
        out = (p.returncode, p.stdout)
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=None, help="size of every program (default: 100000 branches, 50000 names)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--nsvm", default=os.path.join(ROOT, "target", "release", "nsvm"))
    ap.add_argument("--keep", default=None, help="write the programs to this folder and keep them")
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args()

    progs = [
        ("elif_chain", elif_chain, args.n or 100000),
        ("elif_exec", elif_exec, args.n or 100000),
        ("globals", many_globals, args.n or 50000),
        ("locals", many_locals, args.n or 50000),
    ]
    folder = args.keep or tempfile.mkdtemp(prefix="compile_scale_")
    os.makedirs(folder, exist_ok=True)
    py = cpython()
    columns = [
        ("nsvm dict", [args.nsvm, "-X", "namespaces=dict"]),
        ("nsvm slots", [args.nsvm, "-X", "namespaces=slots"]),
        ("cpython", [py]),
    ]
    print("compile_scale: nsvm=%s cpython=%s runs=%d (best of)" % (args.nsvm, py, args.runs))
    header = "%-12s %8s %8s" % ("program", "size", "lines") + "".join(" %12s" % c for c, _ in columns)
    print(header)
    print("-" * len(header))
    for name, gen, n in progs:
        path = os.path.join(folder, name + ".py")
        src = gen(n)
        with open(path, "w") as f:
            f.write(src)
        results = []
        for _, cmd in columns:
            results.append(best_of(cmd + [path], args.runs, args.timeout))
        ref = results[-1][1]
        cells = []
        for t, out in results:
            if t is None:
                cells.append("timeout")
                continue
            mark = "" if out == ref else "!"
            cells.append("%.3f s%s" % (t, mark))
        print("%-12s %8d %8d" % (name, n, src.count("\n")) + "".join(" %12s" % c for c in cells))
    if not args.keep:
        for name, _, _ in progs:
            try:
                os.remove(os.path.join(folder, name + ".py"))
            except OSError:
                pass
        try:
            os.rmdir(folder)
        except OSError:
            pass
    else:
        print("programs kept in %s" % folder)


if __name__ == "__main__":
    main()
