#!/usr/bin/env python3
"""Peak RSS of reference cycles made in a loop, nsvm against CPython.

Each program under cycles/ makes N objects that are garbage only as a
cycle (an object referencing itself, a closure, a bound method stored on
its instance, a suspended generator holding itself, list and dict cycles,
functions made by `exec`). Without a cycle collector memory grows with N;
with one it stays flat. The check: nsvm's peak RSS within 2x CPython's at
N = 10**6, and N = 10**7 completing (with the same output).

    python3 benches/memory/cycles.py [--nsvm PATH] [--n 1000000] [--big 10000000] [--strategy slots|dict]

Peak RSS is GNU time's %M (maximum resident set size, KB).
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROGRAMS = ["selfref", "closure", "boundmethod", "generator", "listdict", "execfunc"]


def peak(cmd, timeout):
    """(peak RSS in KB, seconds, stdout, exit status) of one run."""
    r = subprocess.run(["/usr/bin/time", "-f", "%M %e"] + cmd, capture_output=True, text=True, timeout=timeout)
    last = r.stderr.strip().splitlines()[-1].split()
    return int(last[0]), float(last[1]), r.stdout, r.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nsvm", default=os.path.join(ROOT, "target", "release", "nsvm"))
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--n", type=int, default=10**6)
    ap.add_argument("--big", type=int, default=10**7, help="0 to skip the completion run")
    ap.add_argument("--strategy", default="slots")
    ap.add_argument("--timeout", type=int, default=1800)
    ap.add_argument("programs", nargs="*", default=PROGRAMS)
    a = ap.parse_args()
    nsvm = [a.nsvm, "-X", f"namespaces={a.strategy}"]
    ok = True
    print(f"| program | N | CPython peak KB | nsvm peak KB | ratio | nsvm s | N={a.big} nsvm peak KB, s |")
    print("|---|---|---|---|---|---|---|")
    for p in a.programs:
        src = os.path.join(HERE, "cycles", p + ".py")
        c_kb, _, c_out, c_rc = peak([a.python, src, str(a.n)], a.timeout)
        n_kb, n_s, n_out, n_rc = peak(nsvm + [src, str(a.n)], a.timeout)
        good = n_rc == 0 and c_rc == 0 and n_out == c_out and n_kb <= 2 * c_kb
        big = ""
        if a.big:
            b_kb, b_s, b_out, b_rc = peak(nsvm + [src, str(a.big)], a.timeout)
            big = f"{b_kb}, {b_s:.1f}" + ("" if b_rc == 0 and b_out.split()[0] == p else f" FAILED (status {b_rc})")
            good = good and b_rc == 0
        ok = ok and good
        print(f"| {p} | {a.n} | {c_kb} | {n_kb} | {n_kb / c_kb:.2f} | {n_s:.1f} | {big} |" + ("" if good else " **FAIL**"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
