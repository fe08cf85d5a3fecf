//! Diagnostics as data: kinds, severities and both places of a duplicate, asserted through
//! the API (the snapshot corpus checks the rendered words).

use std::fs;
use std::path::Path;

use raci_codegen::{DiagnosticKind, LineIndex, Position, Severity, read};

/// A line and a column.
type At = (usize, usize);

/// (kind, where the span starts, where the related span starts) of each diagnostic of a
/// corpus input.
fn diagnostics(name: &str) -> Vec<(DiagnosticKind, At, Option<At>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(format!("{name}.toml"));
    let source = fs::read_to_string(path).unwrap();
    let index = LineIndex::new(&source);
    let at = |offset: usize| {
        let Position { line, column } = index.position(offset);
        (line, column)
    };
    read(&source)
        .expect_err("a corpus input is rejected")
        .iter()
        .map(|d| {
            assert_eq!(d.severity(), Severity::Error);
            (
                d.kind(),
                at(d.span().start),
                d.related().map(|r| at(r.0.start)),
            )
        })
        .collect()
}

#[test]
fn a_duplicate_points_at_both_places() {
    use DiagnosticKind::{Duplicate, NameCollision};
    assert_eq!(
        diagnostics("duplicate-activity-id"),
        [(Duplicate, (53, 6), Some((47, 6)))]
    );
    assert_eq!(
        diagnostics("heading-duplicate-number"),
        [(Duplicate, (42, 10), Some((37, 10)))]
    );
    assert_eq!(
        diagnostics("ids-collide-digits"),
        [(NameCollision, (53, 6), Some((47, 6)))]
    );
    assert_eq!(
        diagnostics("party-name-reads-as-other-id"),
        [(NameCollision, (14, 8), Some((9, 6)))]
    );
}

#[test]
fn each_class_of_mistake_has_its_kind() {
    use DiagnosticKind as K;
    let first = |name: &str| diagnostics(name)[0].0;
    for (name, kind) in [
        ("syntax-unclosed-string", K::Syntax),
        ("unknown-matrix-key", K::UnknownKey),
        ("missing-title", K::MissingKey),
        ("type-title-integer", K::WrongType),
        ("no-parties", K::Empty),
        ("newline-in-text", K::InvalidText),
        ("invalid-id-characters", K::InvalidId),
        ("role-name-not-a-word", K::InvalidName),
        ("role-letter-two-chars", K::InvalidLetter),
        ("heading-trailing-dot", K::InvalidNumber),
        ("source-not-http", K::InvalidUrl),
        ("reserved-names", K::ReservedName),
        ("keyword-id", K::ReservedName),
        ("unknown-party-in-cells", K::UnknownReference),
        ("heading-missing-parent", K::MissingParent),
        ("missing-party-cell", K::MissingCell),
        ("missing-not-trailing", K::InvalidCell),
        ("missing-with-cell", K::Duplicate),
        ("rows-out-of-document-order", K::OutOfOrder),
        ("rule-two-accountable", K::RuleBroken),
        ("stale-waiver", K::StaleWaiver),
        ("waiver-rule-letter-absent", K::StaleWaiver),
        ("rule-needs-missing-letter", K::RuleWithoutLetter),
        ("too-many-roles", K::LimitExceeded),
        ("bidi-controls", K::InvalidText),
    ] {
        assert_eq!(first(name), kind, "{name}");
    }
}

#[test]
fn no_cascade_below_a_rejected_heading() {
    assert_eq!(
        diagnostics("child-of-rejected-heading"),
        [(DiagnosticKind::InvalidId, (39, 6), None)]
    );
}
