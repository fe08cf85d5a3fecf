//! The benchmarks' baseline, `Activity::from_id` as a plain `match`
//! (`benches/generated/id_match.rs`), is what `raci-codegen` makes of Dedicated Servers' matrix.
//! It is kept out of the library, so users do not compile it; this test keeps it current.
//! `UPDATE_BASELINE=1 cargo test --test bench_baseline` writes it anew.

use std::fs;
use std::path::Path;

#[test]
fn the_benchmark_baseline_matches_the_matrix() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = fs::read_to_string(root.join("catalogue/dedicated-servers.toml")).unwrap();
    let (matrix, _) = raci_codegen::read(&source).expect("the matrix is valid");
    let expected = raci_codegen::id_match(&matrix);
    let path = root.join("benches/generated/id_match.rs");
    if std::env::var_os("UPDATE_BASELINE").is_some() {
        fs::write(&path, &expected).unwrap();
    }
    let found = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        found == expected,
        "{} is stale: run `UPDATE_BASELINE=1 cargo test --test bench_baseline`",
        path.display()
    );
    // Every id has its arm (`benches/scale.sh` runs this on synthetic matrices too).
    for activity in &matrix.activities {
        assert!(expected.contains(&format!("\"{}\" => ", activity.id)));
    }
}
