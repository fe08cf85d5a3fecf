//! Every malformed input under `tests/corpus/` with its expected diagnostics next to it.
//!
//! `NAME.toml` is an input; `NAME.stderr` holds exactly what `raci-codegen` reports for it,
//! one rendered diagnostic a line, as a build would print it after `cargo::error=`. Run with
//! `UPDATE_SNAPSHOTS=1` to write the snapshots anew, then review the diff.

use std::fs;
use std::path::Path;

use raci_codegen::{LineIndex, Severity, generate};

fn render(source: &str) -> (String, bool) {
    let (diagnostics, generated) = match generate(source) {
        Ok(generated) => (generated.warnings, true),
        Err(diagnostics) => (diagnostics, false),
    };
    let index = LineIndex::new(source);
    let mut out = String::new();
    for d in &diagnostics {
        out.push_str(&d.render("raci.toml", &index));
        out.push('\n');
    }
    let has_error = diagnostics.iter().any(|d| d.severity() == Severity::Error);
    assert_eq!(
        generated, !has_error,
        "code is generated exactly when there is no error"
    );
    (out, generated)
}

#[test]
fn every_corpus_input_gets_its_expected_diagnostics() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("corpus");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut inputs: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 40, "the corpus has {} inputs", inputs.len());
    let mut mismatches = Vec::new();
    for input in &inputs {
        let source = fs::read_to_string(input).unwrap();
        let (rendered, generated) = render(&source);
        assert!(
            !rendered.is_empty(),
            "{}: no diagnostic for a malformed input",
            input.display()
        );
        let name = input.file_stem().unwrap().to_string_lossy();
        // Only the rule set to "warning" still generates code.
        assert_eq!(generated, name == "rule-as-warning", "{name}");
        let snapshot = input.with_extension("stderr");
        if update {
            fs::write(&snapshot, &rendered).unwrap();
        } else if fs::read_to_string(&snapshot).ok().as_deref() != Some(rendered.as_str()) {
            mismatches.push(format!("{name}:\n{rendered}"));
        }
    }
    assert!(
        mismatches.is_empty(),
        "diagnostics differ from the snapshots:\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn diagnostics_come_in_file_order() {
    let source = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/many-errors-in-file-order.toml"),
    )
    .unwrap();
    let diagnostics = generate(&source).unwrap_err();
    assert!(diagnostics.len() >= 4);
    let starts: Vec<usize> = diagnostics.iter().map(|d| d.span().start).collect();
    let mut sorted = starts.clone();
    sorted.sort_unstable();
    assert_eq!(starts, sorted);
}
