"""One process's global-load and builtin-load ratios, interleaved.

Runs under nsvm or any CPython. Each round times the five loops back to
back (so drift on a shared machine hits them alike) and computes
(read_global - empty) / (read_local - empty) and
(read_builtin - empty) / (read_local_builtin - empty); the process prints
the median of its rounds. `load_ratios.py` runs many such processes.
"""
import sys
import time

from load_loops import empty, read_builtin, read_global, read_local, read_local_builtin


def timed(f, n):
    t = time.perf_counter()
    f(n)
    return time.perf_counter() - t


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 41
    rg = []
    rb = []
    for r in range(rounds):
        e = timed(empty, n)
        lo = timed(read_local, n)
        gl = timed(read_global, n)
        lb = timed(read_local_builtin, n)
        bu = timed(read_builtin, n)
        rg.append((gl - e) / (lo - e))
        rb.append((bu - e) / (lb - e))
    rg.sort()
    rb.sort()
    print("%.4f %.4f" % (rg[rounds // 2], rb[rounds // 2]))


main()
