//! Every limit of `raci_codegen::limits`, tested just below (accepted) and just above
//! (a `LimitExceeded` error at the first thing over it).

use std::fmt::Write as _;

use raci_codegen::limits::{
    MAX_ACTIVITIES, MAX_CATALOGUE_ACTIVITIES, MAX_GENERATED_BYTES, MAX_HEADINGS, MAX_ID_LEN,
    MAX_INPUT_BYTES, MAX_NUMBER_LEN, MAX_PARTIES, MAX_REPORTED, MAX_ROLES, MAX_TEXT_LEN,
};
use raci_codegen::{Diagnostic, DiagnosticKind, generate, read};

/// The shape of a generated matrix.
#[derive(Clone)]
struct Shape {
    parties: usize,
    roles: usize,
    headings: usize,
    activities: usize,
    /// The first activity's id, the first role's name, the first heading's number and the
    /// first activity's text, when not the defaults.
    id: Option<String>,
    role_name: Option<String>,
    number: Option<String>,
    text: Option<String>,
}

const SMALL: Shape = Shape {
    parties: 2,
    roles: 2,
    headings: 1,
    activities: 1,
    id: None,
    role_name: None,
    number: None,
    text: None,
};

/// Role letters: R and A first (the rules count them), then 14 others.
const LETTERS: &str = "RACIBDEFGHJKLMNOPQ";

fn matrix(shape: &Shape) -> String {
    let mut out = String::from(
        "[matrix]\ntitle = \"Limits\"\nsource = \"https://example.com\"\n\
         last-updated = 2024-01-01\nlegend-header = \"Roles\"\nactivity-header = \"Activity\"\n\n",
    );
    for p in 0..shape.parties {
        let _ = writeln!(out, "[[parties]]\nid = \"p{p}\"\nname = \"Party {p}\"\n");
    }
    for (r, letter) in LETTERS.chars().take(shape.roles).enumerate() {
        let name = match (&shape.role_name, r) {
            (Some(name), 0) => name.clone(),
            _ => format!("Role {letter}"),
        };
        let _ = writeln!(
            out,
            "[[roles]]\nletter = \"{letter}\"\nname = \"{name}\"\ndescription = \"Role {letter}\"\n"
        );
    }
    let number = |h: usize| match (&shape.number, h) {
        (Some(n), 0) => n.clone(),
        _ => format!("{}", h + 1),
    };
    let mut heading = 0;
    let _ = writeln!(
        out,
        "[[headings]]\nnumber = \"{}\"\nid = \"h0\"\ntitle = \"H\"\n",
        number(0)
    );
    for a in 0..shape.activities {
        // Rows spread over the headings, in document order.
        let under = a * shape.headings / shape.activities.max(1);
        while heading < under {
            heading += 1;
            let _ = writeln!(
                out,
                "[[headings]]\nnumber = \"{}\"\nid = \"h{heading}\"\ntitle = \"H\"\n",
                number(heading)
            );
        }
        let id = match (&shape.id, a) {
            (Some(id), 0) => id.clone(),
            _ => format!("a{a}"),
        };
        let text = match (&shape.text, a) {
            (Some(t), 0) => t.clone(),
            _ => "Do".to_owned(),
        };
        let _ = write!(
            out,
            "[[activities]]\nid = \"{id}\"\nheading = \"{}\"\ntext = \"{text}\"\ncells = {{ p0 = \"RA\"",
            number(under)
        );
        for p in 1..shape.parties {
            let _ = write!(out, ", p{p} = \"\"");
        }
        out.push_str(" }\n\n");
    }
    for h in heading + 1..shape.headings {
        let _ = writeln!(
            out,
            "[[headings]]\nnumber = \"{}\"\nid = \"h{h}\"\ntitle = \"H\"\n",
            number(h)
        );
    }
    out
}

/// The one error of an input that is over one limit.
fn over(source: &str) -> Diagnostic {
    let diagnostics = read(source).expect_err("over the limit");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    let d = diagnostics.into_iter().next().unwrap();
    assert_eq!(d.kind(), DiagnosticKind::LimitExceeded, "{d:?}");
    d
}

/// Where the `n`th (from 0) occurrence of `needle` starts.
fn nth(source: &str, needle: &str, n: usize) -> usize {
    source.match_indices(needle).nth(n).unwrap().0
}

#[test]
fn parties() {
    let at = Shape {
        parties: MAX_PARTIES,
        ..SMALL
    };
    assert!(generate(&matrix(&at)).is_ok());
    let source = matrix(&Shape {
        parties: MAX_PARTIES + 1,
        ..SMALL
    });
    assert_eq!(
        over(&source).span().start,
        nth(&source, "[[parties]]", MAX_PARTIES)
    );
}

#[test]
fn roles() {
    assert!(
        generate(&matrix(&Shape {
            roles: MAX_ROLES,
            ..SMALL
        }))
        .is_ok()
    );
    let source = matrix(&Shape {
        roles: MAX_ROLES + 1,
        ..SMALL
    });
    assert_eq!(
        over(&source).span().start,
        nth(&source, "[[roles]]", MAX_ROLES)
    );
}

#[test]
fn headings() {
    assert!(
        read(&matrix(&Shape {
            headings: MAX_HEADINGS,
            ..SMALL
        }))
        .is_ok()
    );
    let source = matrix(&Shape {
        headings: MAX_HEADINGS + 1,
        ..SMALL
    });
    assert_eq!(
        over(&source).span().start,
        nth(&source, "[[headings]]", MAX_HEADINGS)
    );
}

#[test]
fn activities() {
    // At the limit the whole pipeline runs: the perfect hash holds every id.
    let generated = generate(&matrix(&Shape {
        activities: MAX_ACTIVITIES,
        headings: 10,
        ..SMALL
    }))
    .expect("at the limit");
    assert!(
        generated
            .code
            .contains(&format!("\"a{}\"", MAX_ACTIVITIES - 1))
    );
    let source = matrix(&Shape {
        activities: MAX_ACTIVITIES + 1,
        headings: 10,
        ..SMALL
    });
    assert_eq!(
        over(&source).span().start,
        nth(&source, "[[activities]]", MAX_ACTIVITIES)
    );
}

#[test]
fn id_and_role_name_lengths() {
    let id = |len: usize| format!("a{}", "b".repeat(len - 1));
    assert!(
        generate(&matrix(&Shape {
            id: Some(id(MAX_ID_LEN)),
            ..SMALL
        }))
        .is_ok()
    );
    let source = matrix(&Shape {
        id: Some(id(MAX_ID_LEN + 1)),
        ..SMALL
    });
    assert_eq!(over(&source).span().start, nth(&source, "\"abbb", 0));
    let name = |len: usize| format!("R{}", "e".repeat(len - 1));
    assert!(
        generate(&matrix(&Shape {
            role_name: Some(name(MAX_ID_LEN)),
            ..SMALL
        }))
        .is_ok()
    );
    let source = matrix(&Shape {
        role_name: Some(name(MAX_ID_LEN + 1)),
        ..SMALL
    });
    assert_eq!(over(&source).span().start, nth(&source, "\"Reee", 0));
}

#[test]
fn heading_number_length_and_depth() {
    // 32 levels: `1.1.….1` is 63 characters.
    let deep = |levels: usize| vec!["1"; levels].join(".");
    let mut at = matrix(&SMALL);
    for level in 2..=32 {
        let _ = writeln!(
            at,
            "[[headings]]\nnumber = \"{}\"\nid = \"d{level}\"\ntitle = \"D\"\n",
            deep(level)
        );
    }
    assert!(generate(&at).is_ok());
    let long = format!("1{}", "0".repeat(MAX_NUMBER_LEN - 1));
    assert!(
        read(&matrix(&Shape {
            number: Some(long.clone()),
            ..SMALL
        }))
        .is_ok()
    );
    let source = matrix(&Shape {
        number: Some(format!("{long}0")),
        ..SMALL
    });
    let d = over(&source);
    assert_eq!(d.span().start, nth(&source, "\"1000", 0));
    let over_deep = format!(
        "{at}[[headings]]\nnumber = \"{}\"\nid = \"d33\"\ntitle = \"D\"\n",
        deep(33)
    );
    assert!(over(&over_deep).message().contains("(33 levels)"));
}

#[test]
fn text_length() {
    assert!(
        generate(&matrix(&Shape {
            text: Some("é".repeat(MAX_TEXT_LEN)),
            ..SMALL
        }))
        .is_ok()
    );
    let source = matrix(&Shape {
        text: Some("é".repeat(MAX_TEXT_LEN + 1)),
        ..SMALL
    });
    assert_eq!(over(&source).span().start, nth(&source, "\"éé", 0));
}

#[test]
fn input_size() {
    let small = matrix(&SMALL);
    let pad = |total: usize| format!("{small}#{}\n", "x".repeat(total - small.len() - 2));
    let at = pad(MAX_INPUT_BYTES);
    assert_eq!(at.len(), MAX_INPUT_BYTES);
    assert!(read(&at).is_ok());
    let source = pad(MAX_INPUT_BYTES + 1);
    assert_eq!(over(&source).span().start, MAX_INPUT_BYTES);
}

#[test]
fn diagnostics_kept_per_input() {
    let mut source = matrix(&SMALL);
    let problems = MAX_REPORTED + 500;
    for i in 0..problems {
        let _ = writeln!(
            source,
            "[[activities]]\nid = \"Bad_{i}\"\nheading = \"1\"\ntext = \"T\"\n\
             cells = {{ p0 = \"RA\", p1 = \"\" }}\n"
        );
    }
    let diagnostics = read(&source).expect_err("every added row has an invalid id");
    assert_eq!(diagnostics.len(), MAX_REPORTED + 1);
    assert!(
        diagnostics[..MAX_REPORTED]
            .iter()
            .all(|d| d.kind() == DiagnosticKind::InvalidId)
    );
    let last = &diagnostics[MAX_REPORTED];
    assert_eq!(last.kind(), DiagnosticKind::Truncated);
    assert!(
        last.message().starts_with("500 more problems"),
        "{}",
        last.message()
    );
    assert_eq!(last.span().start, nth(&source, "\"Bad_", MAX_REPORTED));
}

#[test]
fn generated_size() {
    // 64 parties named with 16,000 characters each: every row's docs repeat all of them,
    // about 2 MB a row.
    let wide = |rows: usize| {
        let source = matrix(&Shape {
            parties: MAX_PARTIES,
            activities: rows,
            ..SMALL
        });
        source.replace(
            "name = \"Party ",
            &format!("name = \"{} ", "n".repeat(16_000)),
        )
    };
    let per_row = 2 * MAX_PARTIES * 16_000;
    let fits = MAX_GENERATED_BYTES / per_row - 2;
    assert!(read(&wide(fits)).is_ok(), "{fits} rows fit");
    let source = wide(fits + 3);
    let d = over(&source);
    assert!(d.message().contains("64 MiB"), "{}", d.message());
    let row = source[..d.span().start].matches("[[activities]]").count();
    assert!(
        (fits - 1..=fits + 2).contains(&row),
        "rejected at row {row}, {fits} fit"
    );
}

/// The products a build generates together hold at most `MAX_CATALOGUE_ACTIVITIES` rows
/// (one perfect hash of every path): one more is an error before anything is generated.
#[test]
fn catalogue_activities() {
    let full = MAX_CATALOGUE_ACTIVITIES / MAX_ACTIVITIES;
    let shape = |activities| Shape {
        activities,
        headings: 10,
        ..SMALL
    };
    let mut files = std::collections::BTreeMap::new();
    let mut index = String::new();
    for p in 0..=full {
        let rows = if p < full {
            MAX_ACTIVITIES
        } else {
            MAX_CATALOGUE_ACTIVITIES - full * MAX_ACTIVITIES + 1
        };
        files.insert(format!("p{p}.toml"), matrix(&shape(rows)));
        let _ = writeln!(index, "[[products]]\nid = \"p{p}\"\nfile = \"p{p}.toml\"\n");
    }
    let mut read = |file: &str| Ok(files[file].clone().into_bytes());
    let reports = raci_codegen::catalogue::generate(raci_codegen::catalogue::Inputs {
        index_name: "raci.toml",
        index: &index,
        manifest: None,
        enabled: &|_| true,
        read: &mut read,
        history: true,
        locales: true,
    })
    .expect_err("one row too many");
    assert_eq!(reports.len(), 1, "{reports:?}");
    assert_eq!(reports[0].kind, DiagnosticKind::LimitExceeded);
    assert!(
        reports[0]
            .line
            .contains(&format!("have {} activities", MAX_CATALOGUE_ACTIVITIES + 1)),
        "{}",
        reports[0].line
    );
}
