#!/bin/bash
# Instructions (callgrind) for each suite program at its small size (the
# `# small:` line of benches/programs/NAME.py), for two or more runners side
# by side, with the cost of each runner after the first relative to it.
#
#     benches/callgrind/suite.sh RUNNER_A RUNNER_B [...]
#     e.g. benches/callgrind/suite.sh /tmp/nsvm-nogc target/release/nsvm
#
# Each runner is one word (a binary); ARGS (default "-X namespaces=slots")
# are passed to each; PROGS="alloc visitors" runs only those programs.
# Prints a Markdown table.
set -euo pipefail
here="$(cd "$(dirname "$0")/../programs" && pwd)"
args=${ARGS:--X namespaces=slots}
ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | grep -oE "Collected : [0-9]+" | grep -oE "[0-9]+"; }
progs=${PROGS:-$(cd "$here" && grep -l "^# small:" *.py | sed 's/\.py$//')}
printf '| program (small size) |'; for r in "$@"; do printf ' `%s` |' "$r"; done; for r in "${@:2}"; do printf ' `%s` vs the first |' "$(basename "$r")"; done; echo
printf '|---|'; for _ in "$@"; do printf -- '---:|'; done; for _ in "${@:2}"; do printf -- '---:|'; done; echo
for p in $progs; do
  small=$(grep -m1 -oE '^# small: *[0-9]+' "$here/$p.py" | grep -oE '[0-9]+$')
  printf '| `%s.py %s` |' "$p" "$small"
  first=""
  costs=""
  for r in "$@"; do
    # shellcheck disable=SC2086
    n=$(ir "$r" $args "$here/$p.py" "$small")
    printf ' %s |' "$n"
    if [ -z "$first" ]; then first=$n; else costs="$costs $(awk -v a="$first" -v b="$n" 'BEGIN { printf "%+.1f%% |", (b - a) * 100 / a }')"; fi
  done
  echo "$costs"
done
