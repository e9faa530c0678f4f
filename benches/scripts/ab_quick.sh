#!/bin/bash
# Quick A/B of two nsvm binaries on suite programs, under `slots`:
#
#     benches/scripts/ab_quick.sh BIN_A BIN_B PROGRAM...
#
# Runs each program at its default size (benches/programs/manifest.tsv)
# three times per binary, alternating A and B, and prints the median of
# each and B/A. A rough check before the full `nsvm bench` run.
set -euo pipefail
dir="$(cd "$(dirname "$0")/../programs" && pwd)"
A=$1; B=$2; shift 2
for p in "$@"; do
  n=$(awk -F'\t' -v p="$p" '$1==p{print $2}' "$dir/manifest.tsv")
  ra=(); rb=()
  for _ in 1 2 3; do
    for which in A B; do
      bin=$([ $which = A ] && echo "$A" || echo "$B")
      s=$(date +%s.%N); "$bin" -X namespaces=slots "$dir/$p.py" "$n" >/dev/null; e=$(date +%s.%N)
      t=$(echo "$e - $s" | bc)
      if [ $which = A ]; then ra+=("$t"); else rb+=("$t"); fi
    done
  done
  ma=$(printf "%s\n" "${ra[@]}" | sort -n | sed -n 2p); mb=$(printf "%s\n" "${rb[@]}" | sort -n | sed -n 2p)
  echo "$p $ma $mb $(echo "scale=3; $mb/$ma" | bc)"
done
