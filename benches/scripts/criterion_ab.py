#!/usr/bin/env python3
"""Runs the criterion micro benchmarks of two builds side by side and
prints a table of medians and ratios.

    python3 benches/scripts/criterion_ab.py BEFORE_TARGET AFTER_TARGET [--rounds N] [--bench NAME ...] [--filter REGEX]

BEFORE_TARGET and AFTER_TARGET are cargo target directories in which
`cargo bench -p benches --no-run` has built the benchmark executables
(e.g. a worktree of the old commit with its own target/, and this one).
The two builds run alternately, `--rounds` times each (default 3), with
short criterion settings (1 s warm-up, 3 s measurement); each row is the
median over rounds of criterion's point estimate, and the spread is the
range over rounds, so noise between processes shows in the table.
`--filter` passes criterion a regular expression of the benchmarks to run
(e.g. `/dict$` for the `dict` strategy's rows only).
"""
import glob
import os
import re
import statistics
import subprocess
import sys

ROW = re.compile(r"^(\S+/\S+/\S+)\s*\n?\s*time:\s+\[(\S+) (\S+) (\S+) (\S+) (\S+) (\S+)\]", re.M)
UNITS = {"ps": 1e-3, "ns": 1.0, "µs": 1e3, "us": 1e3, "ms": 1e6, "s": 1e9}


def executable(target, bench):
    found = [p for p in glob.glob(os.path.join(target, "release", "deps", f"{bench}-*")) if os.access(p, os.X_OK) and not p.endswith(".d")]
    if not found:
        sys.exit(f"no {bench} benchmark built under {target} (run cargo bench -p benches --no-run)")
    return max(found, key=os.path.getmtime)


def run(exe, filt):
    cmd = [exe, "--bench", "--warm-up-time", "1", "--measurement-time", "3", "--noplot"]
    if filt:
        cmd.append(filt)
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    res = {}
    for m in ROW.finditer(out):
        res[m.group(1)] = float(m.group(4)) * UNITS[m.group(5)]
    return res


def main():
    args = sys.argv[1:]
    rounds = 3
    benches = []
    filt = None
    if "--filter" in args:
        i = args.index("--filter")
        filt = args[i + 1]
        del args[i : i + 2]
    if "--rounds" in args:
        i = args.index("--rounds")
        rounds = int(args[i + 1])
        del args[i : i + 2]
    while "--bench" in args:
        i = args.index("--bench")
        benches.append(args[i + 1])
        del args[i : i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    before, after = args
    benches = benches or ["globals", "attributes", "dicts"]
    samples = {}
    for r in range(rounds):
        for label, target in (("before", before), ("after", after)):
            for b in benches:
                for name, t in run(executable(target, b), filt).items():
                    samples.setdefault(name, {}).setdefault(label, []).append(t)
        print(f"round {r + 1} of {rounds} done", file=sys.stderr)
    print("| benchmark | before (µs) | range | after (µs) | range | after/before |")
    print("|---|---|---|---|---|---|")
    for name, by in samples.items():
        cells = []
        for xs in (by.get("before", []), by.get("after", [])):
            if xs:
                cells += [f"{statistics.median(xs) / 1e3:.1f}", f"{min(xs) / 1e3:.1f}-{max(xs) / 1e3:.1f}"]
            else:
                cells += ["-", "-"]  # a row one build does not have
        b, a = by.get("before"), by.get("after")
        ratio = f"{statistics.median(a) / statistics.median(b):.3f}" if a and b else "-"
        print(f"| {name} | {' | '.join(cells)} | {ratio} |")


if __name__ == "__main__":
    main()
