//! Property tests of the whole pipeline, run in CI: structured matrices with arbitrary
//! texts and cells, and arbitrary edits of valid files, all through [`oracle::check`].

mod oracle;

use std::fmt::Write as _;

use proptest::prelude::*;

/// Texts mixing plain words with every character that needs escaping somewhere.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[A-Za-z]{1,8}".prop_map(|s| s),
            Just("\"".to_owned()),
            Just("\\\\".to_owned()),
            Just("*/".to_owned()),
            Just("|".to_owned()),
            Just("<b>".to_owned()),
            Just("déjà ✓".to_owned()),
            Just("--".to_owned()),
            Just("...".to_owned()),
            Just("'".to_owned()),
            Just("`".to_owned()),
            Just("#".to_owned()),
        ],
        1..6,
    )
    .prop_map(|words| words.join(" "))
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// A matrix in the schema: 1-4 parties, a legend of RACI or RASCI, nested headings, rows
/// with arbitrary cells (so some break the rules), all rules set to warning or error.
fn matrix() -> impl Strategy<Value = String> {
    (
        1usize..4,
        prop::bool::ANY,
        prop::collection::vec((0usize..3, text()), 1..6),
        prop::collection::vec((text(), prop::collection::vec(0u8..32, 4)), 1..8),
        prop::bool::ANY,
    )
        .prop_map(|(parties, rasci, headings, rows, warn)| {
            let letters = if rasci { "RASCI" } else { "RACI" };
            let severity = if warn { "warning" } else { "error" };
            let mut out = format!(
                "[matrix]\ntitle = \"T\"\nsource = \"https://example.com\"\nlast-updated = 2024-01-01\n\
                 legend-header = \"Roles\"\nactivity-header = \"Activity\"\n\n[rules]\n\
                 exactly-one-accountable = \"{severity}\"\nat-least-one-responsible = \"{severity}\"\n\n"
            );
            for p in 0..parties {
                let _ = write!(out, "[[parties]]\nid = \"party-{p}\"\nname = \"Party {p}\"\n\n");
            }
            for (i, letter) in letters.chars().enumerate() {
                let _ = write!(out, "[[roles]]\nletter = \"{letter}\"\nname = \"Role {i}\"\ndescription = \"Role {letter}\"\n\n");
            }
            // Heading i nests under heading i-1 when its depth says so.
            let mut numbers: Vec<Vec<usize>> = Vec::new();
            for (depth, title) in &headings {
                let number = match numbers.last() {
                    None => vec![1],
                    Some(prev) => {
                        let mut n = prev.clone();
                        if *depth > 0 && n.len() < 4 {
                            n.push(1);
                        } else {
                            *n.last_mut().unwrap() += 1;
                        }
                        n
                    }
                };
                let dotted = number.iter().map(ToString::to_string).collect::<Vec<_>>().join(".");
                let id = format!("h-{}", dotted.replace('.', "-"));
                let _ = write!(out, "[[headings]]\nnumber = \"{dotted}\"\nid = \"{id}\"\ntitle = {}\n\n", toml_string(title));
                numbers.push(number);
            }
            let last = numbers.last().unwrap().iter().map(ToString::to_string).collect::<Vec<_>>().join(".");
            for (i, (text, masks)) in rows.iter().enumerate() {
                let cells: Vec<String> = (0..parties)
                    .map(|p| {
                        let cell: String = letters
                            .chars()
                            .enumerate()
                            .filter(|&(bit, _)| masks[p] & (1 << bit) != 0)
                            .map(|(_, c)| c)
                            .collect();
                        format!("party-{p} = \"{cell}\"")
                    })
                    .collect();
                let _ = write!(
                    out,
                    "[[activities]]\nid = \"row-{i}\"\nheading = \"{last}\"\ntext = {}\ncells = {{ {} }}\n\n",
                    toml_string(text),
                    cells.join(", ")
                );
            }
            out
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn structured_matrices(matrix in matrix()) {
        oracle::check(&matrix);
    }

    /// Deleting, duplicating or overwriting a byte range of a valid file.
    #[test]
    fn edited_matrices(matrix in matrix(), at in any::<prop::sample::Index>(), len in 0usize..12, with in "[ -~\n]{0,6}") {
        let mut start = at.index(matrix.len() + 1);
        while !matrix.is_char_boundary(start) { start -= 1; }
        let mut end = (start + len).min(matrix.len());
        while !matrix.is_char_boundary(end) { end -= 1; }
        let edited = format!("{}{}{}", &matrix[..start], with, &matrix[end..]);
        oracle::check(&edited);
    }

    #[test]
    fn arbitrary_text(text in "\\PC{0,200}") {
        oracle::check(&text);
    }
}

#[test]
fn the_real_matrix_and_the_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    oracle::check(&std::fs::read_to_string(root.join("../raci.toml")).unwrap());
    for entry in std::fs::read_dir(root.join("tests/corpus")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            oracle::check(&std::fs::read_to_string(path).unwrap());
        }
    }
}
