#!/bin/sh
# Copies every golden program (vm/tests/run/**/*.py, ../shared/conformance,
# benches/programs) into fuzz/corpus/bytes, named by content hash, as the
# seed corpus of the `bytes` target. Run from anywhere.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/fuzz/corpus/bytes"
mkdir -p "$out"
for dir in "$root/vm/tests/run" "$root/../shared/conformance" "$root/benches/programs"; do
    [ -d "$dir" ] || continue
    find "$dir" -name '*.py' -type f | while read -r f; do
        cp "$f" "$out/$(sha1sum "$f" | cut -c1-40)"
    done
done
ls "$out" | wc -l
