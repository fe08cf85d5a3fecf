#!/usr/bin/env bash
# Clean-build wall time of ovhcloud-raci as users get it (the default product, Dedicated
# Servers: the generated files the package carries, a build script that only prints their
# cargo instructions) against:
#   - the same crate without a build script (its cargo instructions given to rustc as flags),
#     the baseline every figure is taken over;
#   - that baseline plus the naive build script of issue 5, whose output is not read;
#   - the crate as users got it before it carried its generated files: the feature `generate`,
#     which compiles raci-codegen and runs it in the build (what every build with another
#     product, `history` or `locales` still does).
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
        "$root/generated" "$root/README.md" "$root/Cargo.toml" "$root/Cargo.lock" \
        "$root/clippy.toml" "$root/benches" "$root/tests" "$root/examples" "$root/cli" "$1/"
    rm -rf "$1/codegen/target"
}

# A: the crate as published.
a="$work/published"
copy "$a"
# B: the same crate without its build script; rustc gets its instructions as flags.
b="$work/no-build-script"
copy "$b"
rm "$b/build.rs"
python3 - "$b/Cargo.toml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
text = text.replace('build = "build.rs"\n', '')
text = re.sub(r'\[build-dependencies\]\n[^\[]*', '', text)
text = text.replace('generate = ["dep:raci-codegen"]', 'generate = []')
text = text.replace('"raci-codegen?/diff"', '')
open(path, 'w').write(text)
PY
flags=$(sed -n -e 's/^cargo::rustc-check-cfg=\(.*\)$/--check-cfg \1/p' \
    -e 's/^cargo::rustc-cfg=\(.*\)$/--cfg \1/p' "$root/generated/cargo-instructions" | tr '\n' ' ')
# C: the baseline plus the naive build script of issue 5 (benches/naive/build.rs: serde's
# derive, toml with its default features, quote, proc-macro2), whose output the library does
# not read: its cost is that of such a build script alone.
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

once() { # dir profile-flag [RUSTFLAGS] [cargo flags]: one clean build, in seconds
    rm -rf "$1/target"
    local start end
    start=$(date +%s.%N)
    (cd "$1" && RUSTFLAGS="${3:-}" cargo build --lib --offline -q $2 ${4:-})
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

echo "machine: $(nproc) cores, $(rustc --version)"
for profile in debug release; do
    flag=""; [ "$profile" = release ] && flag="--release"
    # In turn, so that a slow spell of this shared machine hits all four alike.
    for _ in $(seq "$runs"); do
        once "$a" "$flag" >> "$work/a.$profile"
        once "$b" "$flag" "$flags" >> "$work/b.$profile"
        once "$c" "$flag" "$flags" >> "$work/c.$profile"
        once "$a" "$flag" "" "--features generate" >> "$work/g.$profile"
    done
    a_s=$(median < "$work/a.$profile"); b_s=$(median < "$work/b.$profile")
    n_s=$(median < "$work/c.$profile"); g_s=$(median < "$work/g.$profile")
    over() { echo "$1 - $b_s" | bc; }
    share() { echo "scale=0; 100 * ($1 - $b_s) / ($n_s - $b_s)" | bc; }
    printf '%-8s no build script %5.2f s | this crate %5.2f s (+%.2f s, %s%% of naive) | naive build script %5.2f s (+%.2f s) | with generate %5.2f s (+%.2f s, %s%%)\n' \
        "$profile" "$b_s" "$a_s" "$(over "$a_s")" "$(share "$a_s")" "$n_s" "$(over "$n_s")" \
        "$g_s" "$(over "$g_s")" "$(share "$g_s")"
done
