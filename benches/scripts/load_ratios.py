"""Global and builtin load cost relative to a local load, over many processes.

    python3 benches/scripts/load_ratios.py [--processes N] -- CMD [ARGS...]

runs `CMD [ARGS...] load_ratio.py` N times (default 15); each process prints
the median over its interleaved rounds of (global - empty) / (local -
empty) and (builtin - empty) / (local builtin - empty). The ratio moves
between processes of one binary far more than within one, so this prints
the median over processes and their range. CMD is e.g.
`target/release/nsvm -X namespaces=slots` or CPython's executable.
"""
import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--processes", type=int, default=15)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd:
        ap.error("give the interpreter command after --")
    globals_, builtins = [], []
    for _ in range(args.processes):
        out = subprocess.run(cmd + [os.path.join(HERE, "load_ratio.py")], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{out.stderr}")
        g, b = map(float, out.stdout.split())
        globals_.append(g)
        builtins.append(b)
    for name, xs in (("global / local", globals_), ("builtin / local builtin", builtins)):
        print(f"{name:24} median {statistics.median(xs):.2f}  range {min(xs):.2f}-{max(xs):.2f}  ({len(xs)} processes)")


main()
