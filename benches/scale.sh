#!/usr/bin/env bash
# How the crate scales with the matrix: generation time, the library's build time, and the
# id lookup, for the real matrix and synthetic ones of 1,000 and 10,000 activities, each as
# Dedicated Servers' file (the default product; the others are off).
#
#   bash benches/scale.sh [sizes...]     # default: 1000 10000
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes=("${@:-1000 10000}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build -q --release -p raci-codegen --example generate --manifest-path "$root/Cargo.toml"
echo "machine: $(nproc) cores, $(rustc --version)"
for n in real ${sizes[@]}; do
    dir="$work/$n"
    mkdir -p "$dir"
    cp -r "$root/src" "$root/codegen" "$root/build.rs" "$root/README.md" "$root/Cargo.toml" \
        "$root/Cargo.lock" "$root/clippy.toml" "$root/benches" "$root/tests" "$root/examples" \
        "$root/raci.toml" "$root/catalogue" "$root/cli" "$dir/"
    matrix="$dir/catalogue/dedicated-servers.toml"
    rm -rf "$dir/codegen/target"
    if [ "$n" != real ]; then
        python3 "$root/benches/synthetic.py" "$n" > "$matrix"
        # Dedicated Servers' earlier version and French texts are of the real matrix.
        sed -i '/^earlier = /d; /^locales = /d' "$dir/raci.toml"
    fi
    generation=$("$root/target/release/examples/generate" "$matrix" 3)
    # The benchmarks' baseline `match` is checked in for the real matrix: make this one's.
    (cd "$dir" && UPDATE_BASELINE=1 cargo test -q --offline --test bench_baseline > /dev/null)
    # Dependencies first, so the timed build is the build script plus the library.
    (cd "$dir" && cargo build -q --release --lib --offline)
    touch "$matrix"
    start=$(date +%s.%N)
    (cd "$dir" && cargo build -q --release --lib --offline)
    build=$(echo "$(date +%s.%N) - $start" | bc)
    (cd "$dir" && cargo bench -q --offline --bench lookups -- --warm-up-time 1 --measurement-time 3 \
        "from_id/shuffled/(perfect hash|std HashMap)" > "$dir/bench.log" 2>&1) || { cat "$dir/bench.log"; exit 1; }
    lookup=$(python3 - "$dir/target/criterion" <<'PY'
import json, pathlib, sys
ns = {}
for name in ("perfect hash (this crate)", "std HashMap"):
    e = pathlib.Path(sys.argv[1]) / "from_id_shuffled" / name / "new"
    b = json.loads((e / "benchmark.json").read_text())
    ns[name] = json.loads((e / "estimates.json").read_text())["median"]["point_estimate"] / b["throughput"]["Elements"]
ours, std = ns["perfect hash (this crate)"], ns["std HashMap"]
print(f"{ours:.2f} ns (std HashMap {std:.2f} ns, {std / ours:.1f}x)")
PY
)
    printf '%-6s %s\n       rebuild after touching the matrix (build script + library, release): %.2f s; from_id shuffled: %s\n' \
        "$n" "$generation" "$build" "$lookup"
done
