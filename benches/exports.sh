#!/usr/bin/env bash
# Wall time of each export of the whole catalogue (every product), as a user runs the
# tool: the median of RUNS runs of the release binary, and `raci products` beside them as
# the cost of starting the process.
#
#   bash benches/exports.sh          # RUNS=5 by default
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}
(cd "$root" && cargo build -q --release -p ovhcloud-raci-cli)
raci="$root/target/release/raci"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median_ms() { # command…: the median wall time of RUNS runs, in milliseconds
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" > /dev/null
        end=$(date +%s%N)
        echo $(((end - start) / 1000000))
    done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

echo "machine: $(nproc) cores, $(rustc --version)"
printf '%-36s %6s ms\n' "raci products (process start)" "$(median_ms "$raci" products)"
for kind in oscal oscal-catalog html; do
    printf '%-36s %6s ms  %s bytes\n' "raci export $kind" \
        "$(median_ms "$raci" export "$kind" --output "$work/out")" "$(wc -c < "$work/out")"
done
printf '%-36s %6s ms  %s bytes\n' "raci export xlsx" \
    "$(median_ms "$raci" export xlsx --output "$work/out.xlsx")" "$(wc -c < "$work/out.xlsx")"
printf '%-36s %6s ms\n' "raci export ownership --format csv" \
    "$(median_ms "$raci" export ownership --format csv)"
