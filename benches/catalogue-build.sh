#!/usr/bin/env bash
# Clean-build wall time of the library, as a dependent builds it (its build script, the
# generator and their dependencies included), in one run: today's crate before the
# catalogue (BASE, a commit of this repository) against this one with one product (the
# default, Dedicated Servers: from the generated files the package carries), the same product
# generated in the build (`--features generate`, as every other set of products is), and
# every product (`--features full`, generated). Debug and release; the median of RUNS clean
# builds of each, taken in turn.
#
#   bash benches/catalogue-build.sh          # RUNS=3, BASE=ffef130 by default
#
# Needs the dependencies in cargo's cache (any earlier `cargo build` of this repository).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
base=${BASE:-ffef130}
export CARGO_INCREMENTAL=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/today" "$work/now"
git -C "$root" archive "$base" | tar -x -C "$work/today"
git -C "$root" archive HEAD | tar -x -C "$work/now"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

once() { # dir flags…: one clean build of the library, in seconds
    local dir=$1
    shift
    rm -rf "$dir/target"
    local start end
    start=$(date +%s.%N)
    (cd "$dir" && cargo build --lib --offline -q "$@")
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

echo "machine: $(nproc) cores, $(rustc --version); today = $base, now = $(git -C "$root" rev-parse --short HEAD)"
for profile in debug release; do
    flag=()
    [ "$profile" = release ] && flag=(--release)
    for _ in $(seq "$runs"); do
        once "$work/today" "${flag[@]}" >> "$work/today.$profile"
        once "$work/now" "${flag[@]}" >> "$work/one.$profile"
        once "$work/now" "${flag[@]}" --features generate >> "$work/gen.$profile"
        once "$work/now" "${flag[@]}" --features full >> "$work/all.$profile"
    done
    t=$(median < "$work/today.$profile")
    o=$(median < "$work/one.$profile")
    g=$(median < "$work/gen.$profile")
    a=$(median < "$work/all.$profile")
    # The ratios: one product over today's crate, every product over today's, and every
    # product over one (the target of issue 21: at most 2), carried and generated.
    printf '%-7s today %6.2f s | one product %6.2f s (%.2fx) | one generated %6.2f s | all %6.2f s (%.2fx; %.2fx one, %.2fx one generated)   runs: %s | %s | %s | %s\n' \
        "$profile" "$t" "$o" "$(echo "$o / $t" | bc -l)" "$g" "$a" "$(echo "$a / $t" | bc -l)" \
        "$(echo "$a / $o" | bc -l)" "$(echo "$a / $g" | bc -l)" \
        "$(tr '\n' ' ' < "$work/today.$profile")" "$(tr '\n' ' ' < "$work/one.$profile")" \
        "$(tr '\n' ' ' < "$work/gen.$profile")" "$(tr '\n' ' ' < "$work/all.$profile")"
done
