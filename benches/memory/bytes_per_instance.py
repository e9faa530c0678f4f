#!/usr/bin/env python3
"""Peak-RSS bytes per instance of a 3-attribute class, nsvm (each
strategy) against CPython, side by side.

    python3 benches/memory/bytes_per_instance.py [--n N] [--reps R] [--nsvm PATH] [--python PATH]

Runs `instances.py N with` and `instances.py N none` under each runner,
interleaved, R times (default 3), reading each child's own peak RSS from
`os.wait4`; prints the median of (with - none) / N per runner, with the
range over reps.
"""
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROG = os.path.join(HERE, "instances.py")


def peak_rss(cmd):
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    if status != 0:
        sys.exit(f"failed: {' '.join(cmd)}")
    return ru.ru_maxrss * 1024, out


def main():
    args = sys.argv[1:]

    def opt(name, default):
        if name in args:
            i = args.index(name)
            v = args[i + 1]
            del args[i : i + 2]
            return v
        return default

    n = int(opt("--n", "1000000"))
    reps = int(opt("--reps", "3"))
    nsvm = opt("--nsvm", os.path.join(ROOT, "target", "release", "nsvm"))
    python = opt("--python", os.path.realpath(sys.executable))
    runners = [("nsvm slots", [nsvm, "-X", "namespaces=slots"]), ("nsvm dict", [nsvm, "-X", "namespaces=dict"]), ("CPython", [python])]
    res = {name: [] for name, _ in runners}
    expected = None
    for _ in range(reps):
        for name, cmd in runners:
            w, out = peak_rss(cmd + [PROG, str(n), "with"])
            z, _ = peak_rss(cmd + [PROG, str(n), "none"])
            if expected is None:
                expected = out
            elif out != expected:
                sys.exit(f"{name} printed {out!r}, expected {expected!r}")
            res[name].append((w - z) / n)
    print(f"| runner | bytes per instance (median of {reps}) | range |")
    print("|---|---|---|")
    for name, v in res.items():
        print(f"| {name} | {statistics.median(v):.0f} | {min(v):.0f}-{max(v):.0f} |")


if __name__ == "__main__":
    main()
