#!/usr/bin/env bash
# The cross-product lookups (`benches/catalogue.rs`, all 23 products) of an earlier commit
# and of this tree, built first and then run in turn, A B A B, so that both see the same
# machine: prints each run's time per lookup and the std HashMap baseline beside it.
#
#   bash benches/compare-lookups.sh BASE      # BASE: a commit of this repository
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${1:?give the commit to compare with}
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach -q "$work/base" "$base"
# The benchmark file of this tree in both, so that both measure the same thing.
cp "$root/benches/catalogue.rs" "$work/base/benches/catalogue.rs"
bench() { # dir: one run, per-element medians
    (cd "$1" && CARGO_TARGET_DIR="$1/target" cargo bench -q --offline --features full --bench catalogue -- \
        --warm-up-time 2 --measurement-time 4 --noplot 2>/dev/null) |
        awk '/^catalogue lookup\// { name = $0; sub(/^catalogue lookup\//, "", name) }
             /thrpt:/ && name != "" { gsub(/\[|\]/, ""); printf "  %-45s %6.2f ns\n", name, 1000 / $4; name = "" }'
}
(cd "$work/base" && CARGO_TARGET_DIR="$work/base/target" cargo bench -q --offline --features full --bench catalogue --no-run 2>/dev/null)
(cd "$root" && cargo bench -q --offline --features full --bench catalogue --no-run 2>/dev/null)
for round in 1 2; do
    echo "A: $base (run $round)"; bench "$work/base"
    echo "B: this tree (run $round)"; bench "$root"
done
