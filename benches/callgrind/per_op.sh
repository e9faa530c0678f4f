#!/bin/bash
# Instructions per loop iteration of the programs in this folder, counted by
# callgrind: (I(2N) - I(N)) / N, so start-up cancels out.
#
#     benches/callgrind/per_op.sh RUNNER [ARGS...]
#     e.g. benches/callgrind/per_op.sh target/release/nsvm -X namespaces=slots
#          benches/callgrind/per_op.sh "$(python3 -c 'import sys,os; print(os.path.realpath(sys.executable))')"
#
# N is 20000 (set N to change it); PROGS="py_call attr_load" runs only those
# programs. `loop` is the bare loop; subtract it for the cost of one
# operation.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
N=${N:-20000}
ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | grep -oE "Collected : [0-9]+" | grep -oE "[0-9]+"; }
for p in ${PROGS:-loop py_call method_call builtin_call gen_step gen_sum super_call explicit_call attr_load attr_store getitem_call property_read poly_load mega_method slots_attr kw_call default_call construct list_method module_call}; do
  a=$(ir "$@" "$here/$p.py" "$N"); b=$(ir "$@" "$here/$p.py" $((2 * N)))
  echo "$p $(( (b - a) / N ))"
done
