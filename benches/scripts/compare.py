#!/usr/bin/env python3
"""Times nsvm (under each namespace strategy) against CPython on benchmark
programs, side by side in one interleaved loop, and prints a Markdown table
of medians and ratios for BENCHMARKS.md.

    python3 benches/scripts/compare.py [--runs 3] [--small] [--strategies dict]
                                       [--bench-dir ../shared/bench] [PROGRAM ...]

Each run is a fresh process; runs of all interpreters alternate so that
drift on a noisy machine hits every column alike. Every run's stdout is
checked: against NAME.out at the default size, against CPython's output at
the small size. A mismatch is reported and the program's row is marked.
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def read_manifest(bench_dir):
    rows = {}
    with open(os.path.join(bench_dir, "manifest.tsv")) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == len(header):
                row = dict(zip(header, parts))
                rows[row["name"]] = row
    return rows


def timed(cmd, cwd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    return time.perf_counter() - t0, p.stdout, p.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("programs", nargs="*")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--small", action="store_true")
    ap.add_argument("--strategies", default="dict")
    ap.add_argument("--bench-dir", default=os.path.join(REPO, "..", "shared", "bench"))
    ap.add_argument("--nsvm", default=os.path.join(REPO, "target", "release", "nsvm"))
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args()

    manifest = read_manifest(args.bench_dir)
    names = args.programs or list(manifest)
    strategies = [s for s in args.strategies.split(",") if s]
    interps = [("python3", [args.python])] + [(f"nsvm {s}", [args.nsvm, "-X", f"namespaces={s}"]) for s in strategies]

    results = {}
    for name in names:
        row = manifest[name]
        size = row["small_n"] if args.small else row["default_n"]
        prog = os.path.join(args.bench_dir, name + ".py")
        expected = None
        if not args.small:
            with open(os.path.join(args.bench_dir, name + ".out"), "rb") as f:
                expected = f.read()
        times = {label: [] for label, _ in interps}
        ok = {label: True for label, _ in interps}
        # One warm-up run per interpreter (file cache, page cache), not timed.
        for label, cmd in interps:
            _, out, _ = timed(cmd + [prog, size], args.bench_dir)
            if expected is None and label == "python3":
                expected = out
        for r in range(args.runs):
            for label, cmd in interps:
                print(f"\r{name}: run {r + 1}/{args.runs} {label}          ", end="", file=sys.stderr, flush=True)
                t, out, rc = timed(cmd + [prog, size], args.bench_dir)
                times[label].append(t)
                if out != expected or rc != 0:
                    ok[label] = False
        results[name] = (row["category"], times, ok)
    print("\r" + " " * 60 + "\r", end="", file=sys.stderr)

    labels = [label for label, _ in interps]
    head = "| program | category | " + " | ".join(f"{l} (s)" for l in labels) + " | " + " | ".join(f"{l} / python3" for l in labels[1:]) + " |"
    print(head)
    print("|" + "---|" * (2 + len(labels) + len(labels) - 1))
    ratios = {l: [] for l in labels[1:]}
    for name, (cat, times, ok) in results.items():
        med = {l: statistics.median(times[l]) for l in labels}
        cells = [f"{med[l]:.3f}" + ("" if ok[l] else " (WRONG OUTPUT)") for l in labels]
        rcells = []
        for l in labels[1:]:
            r = med[l] / med["python3"]
            ratios[l].append(r)
            rcells.append(f"{r:.2f}")
        print(f"| {name} | {cat} | " + " | ".join(cells) + " | " + " | ".join(rcells) + " |")
    geo = [f"{math.exp(sum(math.log(x) for x in ratios[l]) / len(ratios[l])):.2f}" for l in labels[1:]]
    print("| geometric mean | | " + " | ".join("" for _ in labels) + " | " + " | ".join(geo) + " |")


if __name__ == "__main__":
    main()
