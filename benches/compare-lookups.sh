#!/usr/bin/env bash
# The lookups of an earlier commit and of this tree, built first and then run in turn,
# A B A B, so that both see the same machine: prints each run's time per lookup, with the
# baselines the benchmark measures beside it (std HashMap and the others).
#
#   bash benches/compare-lookups.sh BASE      # BASE: a commit of this repository
#
# By default the cross-product lookups (`benches/catalogue.rs`, every product); BENCH and
# FILTER choose another benchmark and which of its functions run, e.g. the typed lookup:
#
#   BENCH=lookups FILTER='from_id/(shuffled|misses)' bash benches/compare-lookups.sh BASE
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${1:?give the commit to compare with}
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach -q "$work/base" "$base"
bench_name=${BENCH:-catalogue}
filter=${FILTER:-}
# The benchmark file of this tree in both, so that both measure the same thing.
cp "$root/benches/$bench_name.rs" "$work/base/benches/$bench_name.rs"
bench() { # dir: one run, per-element medians (criterion's throughput, turned into ns)
    (cd "$1" && CARGO_TARGET_DIR="$1/target" cargo bench -q --offline --features full --bench "$bench_name" -- \
        --warm-up-time 2 --measurement-time 4 --noplot ${filter:+"$filter"} 2>/dev/null) |
        awk '/^[^ ]/ && !/^Benchmarking/ && !/^(Found|Gnuplot)/ { name = $1; for (i = 2; i <= NF && $i != "time:"; i++) name = name " " $i }
             /thrpt:/ && name != "" { gsub(/\[|\]/, ""); printf "  %-55s %6.2f ns\n", name, 1000 / $4; name = "" }'
}
(cd "$work/base" && CARGO_TARGET_DIR="$work/base/target" cargo bench -q --offline --features full --bench "$bench_name" --no-run 2>/dev/null)
(cd "$root" && cargo bench -q --offline --features full --bench "$bench_name" --no-run 2>/dev/null)
for round in 1 2; do
    echo "A: $base (run $round)"; bench "$work/base"
    echo "B: this tree (run $round)"; bench "$root"
done
