#!/usr/bin/env bash
# Instructions per lookup of `benches/catalogue.rs`'s lookups, counted by callgrind: the
# same keys as the timed benchmark, each lookup it lists run alone (RACI_COUNT_LOOKUP),
# less a run that only builds the keys. Counts do not move with the machine's noise, so they tell a
# change of a few percent that the timings cannot; they are not times (a lookup that
# waits on memory costs more than its count says).
#
#   bash benches/count-lookups.sh            # this tree
#   bash benches/count-lookups.sh COMMIT     # COMMIT's lookups too, for a before/after
#
# Needs valgrind (Debian's package).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command -v valgrind >/dev/null || { echo "count-lookups: valgrind is not installed" >&2; exit 1; }
# The bench binary of the tree in $1, built in $2.
binary() {
    (cd "$1" && CARGO_TARGET_DIR="$2" cargo bench -q --offline --features full --bench catalogue \
        --no-run --message-format=json 2>/dev/null) |
        python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "catalogue" and m.get("executable"):
        print(m["executable"])'
}
# Instructions the binary $1 executes with RACI_COUNT_LOOKUP=$2.
instructions() {
    RACI_COUNT_LOOKUP="$2" valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" 2>&1 >/dev/null |
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
count() { # name, binary: a line per lookup
    local bin=$2 base per
    base=$(instructions "$bin" none)
    echo "$1"
    RACI_COUNT_LOOKUP=list "$bin" | while IFS= read -r name; do
        per=$(RACI_COUNT_LOOKUP="$name" "$bin" | cut -d' ' -f1)
        printf '  %-42s %7.1f instructions\n' "$name" \
            "$(echo "($(instructions "$bin" "$name") - $base) / $per" | bc -l)"
    done
}
if [ $# -ge 1 ]; then
    work=$(mktemp -d)
    trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1; rm -rf "$work"' EXIT
    git -C "$root" worktree add --detach -q "$work/base" "$1"
    # This tree's benchmark in both, so that both count the same thing.
    cp "$root/benches/catalogue.rs" "$work/base/benches/catalogue.rs"
    count "$1" "$(binary "$work/base" "$work/base/target")"
fi
count "this tree" "$(binary "$root" "${CARGO_TARGET_DIR:-$root/target}")"
