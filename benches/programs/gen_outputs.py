#!/usr/bin/env python3
"""Regenerates NAME.small.out for every benchmark program: the stdout of
CPython (this interpreter) running `NAME.py SMALL_N`, with SMALL_N from
manifest.tsv. NAME.out (default size) came with the programs from the shared
benchmark set and was made the same way at the default size.

    python3 benches/programs/gen_outputs.py
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    with open(os.path.join(HERE, "manifest.tsv")) as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f if line.strip()]
    for row in rows:
        name, small = row["name"], row["small_n"]
        out = subprocess.run([sys.executable, name + ".py", small], cwd=HERE, stdout=subprocess.PIPE, check=True).stdout
        with open(os.path.join(HERE, name + ".small.out"), "wb") as f:
            f.write(out)
    print(f"wrote {len(rows)} .small.out files")


if __name__ == "__main__":
    main()
