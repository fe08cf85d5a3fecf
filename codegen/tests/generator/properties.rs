//! Property tests of the whole pipeline, run in CI: structured matrices with arbitrary
//! texts and cells, and arbitrary edits of valid files, all through [`oracle::check`].

use crate::oracle;

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
            Just("- item".to_owned()),
            Just("1986.".to_owned()),
            Just("https://x.example/a".to_owned()),
            Just("<script>".to_owned()),
            // Printable scalar values from every plane.
            prop::collection::vec(printable(), 1..12).prop_map(String::from_iter),
        ],
        1..6,
    )
    .prop_map(|words| words.join(" "))
}

/// Any scalar value but controls, bidirectional controls and white space, which a text
/// may not hold (or start or end with): what an accepted text is made of.
fn printable() -> impl Strategy<Value = char> {
    any::<char>().prop_filter("a character a text may hold", |c| {
        !c.is_control()
            && !c.is_whitespace()
            && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

/// Any scalar values at all, for one field of a matrix: controls, bidirectional controls
/// and white space included, so the input is most often rejected with a position.
fn raw_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![any::<char>(), Just('\u{202E}'), Just('\u{1b}'), Just(' ')],
        1..24,
    )
    .prop_map(String::from_iter)
}

/// A multi-line text for the intro: lines of [`text`], some indented.
fn intro() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::bool::ANY, text()), 1..4).prop_map(|lines| {
        lines
            .into_iter()
            .map(|(indent, line)| if indent { format!("    {line}") } else { line })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// A matrix in the schema: 1-4 parties, a legend of RACI or RASCI, nested headings, rows
/// with arbitrary cells (so some break the rules), all rules set to warning or error.
fn matrix() -> impl Strategy<Value = String> {
    (
        // Rules at `warning` nine times in ten: random cells break them most of the time.
        (1usize..4, prop::bool::ANY, prop::bool::weighted(0.9)),
        prop::collection::vec((0usize..3, text()), 1..6),
        prop::collection::vec((text(), prop::collection::vec(0u8..32, 4)), 1..8),
        (
            prop_oneof![3 => text(), 1 => raw_text()],
            intro(),
            text(),
            prop_oneof![3 => "[a-z]{1,8}", 1 => "[a-z][a-z0-9-]{0,70}"],
        ),
    )
        .prop_map(|((parties, rasci, warn), headings, rows, (title, intro, party_name, first_id))| {
            let letters = if rasci { "RASCI" } else { "RACI" };
            let severity = if warn { "warning" } else { "error" };
            let mut out = format!(
                "[matrix]\ntitle = {}\nsource = \"https://example.com\"\nlast-updated = 2024-01-01\n\
                 intro-heading = \"Intro\"\nintro = {}\n\
                 legend-header = \"Roles\"\nactivity-header = \"Activity\"\n\n[rules]\n\
                 exactly-one-accountable = \"{severity}\"\nat-least-one-responsible = \"{severity}\"\n\n",
                toml_string(&title),
                toml_string(&intro)
            );
            for p in 0..parties {
                let name = if p == 0 { toml_string(&party_name) } else { format!("\"Party {p}\"") };
                let _ = write!(out, "[[parties]]\nid = \"party-{p}\"\nname = {name}\n\n");
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
                let id = if i == 0 { first_id.clone() } else { format!("row-{i}") };
                let _ = write!(
                    out,
                    "[[activities]]\nid = \"{id}\"\nheading = \"{last}\"\ntext = {}\ncells = {{ {} }}\n\n",
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Texts around the 16,384-character limit, of any scalar values.
    #[test]
    fn large_texts(len in 16_370usize..16_400, fill in any::<char>(), seed in any::<u64>()) {
        // A long run of one character with a few others scattered in, cheap to make.
        let mut chars = vec![fill; len];
        let mut state = seed | 1;
        for _ in 0..16 {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let at = usize::try_from(state >> 33).unwrap() % len;
            chars[at] = char::from_u32(u32::try_from(state >> 40).unwrap() % 0x11_0000).unwrap_or('x');
        }
        let text: String = chars.into_iter().collect();
        let matrix = format!(
            "[matrix]\ntitle = {}\nsource = \"https://example.com\"\nlast-updated = 2024-01-01\n\
             legend-header = \"R\"\nactivity-header = \"A\"\n\n[[parties]]\nid = \"p\"\nname = \"P\"\n\n\
             [[roles]]\nletter = \"R\"\nname = \"Responsible\"\ndescription = \"D\"\n\n\
             [[roles]]\nletter = \"A\"\nname = \"Accountable\"\ndescription = \"D\"\n\n\
             [[headings]]\nnumber = \"1\"\nid = \"h\"\ntitle = \"H\"\n\n\
             [[activities]]\nid = \"a\"\nheading = \"1\"\ntext = {}\ncells = {{ p = \"RA\" }}\n",
            toml_string(&text),
            toml_string(&text)
        );
        oracle::check(&matrix);
    }
}

#[test]
fn the_real_matrix_and_the_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    oracle::check(
        &std::fs::read_to_string(root.join("../catalogue/dedicated-servers.toml")).unwrap(),
    );
    for entry in std::fs::read_dir(root.join("tests/corpus")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            oracle::check(&std::fs::read_to_string(path).unwrap());
        }
    }
}
