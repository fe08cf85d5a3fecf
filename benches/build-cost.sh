#!/usr/bin/env bash
# Clean-build wall time of ovhcloud-raci as users get it (build script + raci-codegen; the
# default product, Dedicated Servers) against
# the same crate with its generated files checked in (no build script, no build
# dependencies), and against that crate with the naive build script of issue 5 added.
# Prints the median of RUNS clean builds of each, debug and release, taken in turn.
#
#   bash benches/build-cost.sh            # RUNS=5 by default
#
# Needs the dependencies in cargo's cache (any earlier `cargo build` of this repository).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}
# Dependents build raci-codegen from the registry, without incremental compilation.
export CARGO_INCREMENTAL=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

copy() {
    mkdir -p "$1"
    cp -r "$root/src" "$root/codegen" "$root/build.rs" "$root/raci.toml" "$root/catalogue" \
        "$root/README.md" "$root/Cargo.toml" "$root/Cargo.lock" "$root/clippy.toml" \
        "$root/benches" "$root/tests" "$root/examples" "$root/cli" "$1/"
    rm -rf "$1/codegen/target"
}

# A: the crate as published.
copy "$work/with-build-script"
# B: the same crate, its generated files checked in.
copy "$work/checked-in"
(cd "$work/with-build-script" && CARGO_TARGET_DIR="$work/gen" cargo build --lib --offline -q)
out_dir=$(dirname "$(ls -t "$work"/gen/debug/build/ovhcloud-raci-*/out/catalogue.rs | head -1)")
b="$work/checked-in"
mkdir -p "$b/src/generated"
cp -r "$out_dir/catalogue.rs" "$out_dir/types.rs" "$out_dir/catalogue.md" "$out_dir/products" \
    "$b/src/generated/"
rm "$b/build.rs"
# Paths in the generated files are then relative to them (`products/…`).
# (The generated file breaks `concat!(env!("OUT_DIR"), "/…")` over lines.)
perl -0pi -e 's|env!\("OUT_DIR"\),\s*"/|"|g' "$b/src/generated/catalogue.rs"
sed -i 's|include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));|include!("generated/catalogue.rs");|' "$b/src/lib.rs"
sed -i 's|include!(concat!(env!("OUT_DIR"), "/types.rs"));|include!("generated/types.rs");|' "$b/src/types.rs"
sed -i 's|include_str!(concat!(env!("OUT_DIR"), "/catalogue.md"))|include_str!("generated/catalogue.md")|' "$b/src/lib.rs"
python3 - "$b/Cargo.toml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
text = text.replace('build = "build.rs"\n', '')
text = re.sub(r'\[build-dependencies\]\n[^\[]*', '', text)
open(path, 'w').write(text)
PY
grep -q "OUT_DIR" "$b/src/"*.rs && { echo "checked-in copy still reads OUT_DIR" >&2; exit 1; }
# C: the checked-in crate plus the naive build script of issue 5 (benches/naive/build.rs:
# serde's derive, toml with its default features, quote, proc-macro2), whose output the
# library does not read: its cost is that of such a build script alone.
c="$work/naive"
cp -r "$b" "$c"
cp "$root/benches/naive/build.rs" "$c/build.rs"
cat >> "$c/Cargo.toml" <<'TOML'

[build-dependencies]
serde = { version = "1", features = ["derive"] }
toml = "1"
quote = "1"
proc-macro2 = "1"
TOML

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

once() { # dir profile-flag: one clean build, in seconds
    rm -rf "$1/target"
    local start end
    start=$(date +%s.%N)
    (cd "$1" && cargo build --lib --offline -q $2)
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

echo "machine: $(nproc) cores, $(rustc --version)"
for profile in debug release; do
    flag=""; [ "$profile" = release ] && flag="--release"
    # In turn, so that a slow spell of this shared machine hits all three alike.
    for _ in $(seq "$runs"); do
        once "$work/with-build-script" "$flag" >> "$work/a.$profile"
        once "$b" "$flag" >> "$work/b.$profile"
        once "$c" "$flag" >> "$work/c.$profile"
    done
    a=$(median < "$work/a.$profile"); bb=$(median < "$work/b.$profile"); n=$(median < "$work/c.$profile")
    printf '%-8s checked in %5.2f s | this crate %5.2f s (+%.2f s) | naive build script %5.2f s (+%.2f s)\n' \
        "$profile" "$bb" "$a" "$(echo "$a - $bb" | bc)" "$n" "$(echo "$n - $bb" | bc)"
done
