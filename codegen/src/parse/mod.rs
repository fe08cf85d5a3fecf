//! TOML text → raw records that keep the position of every key and value.
//!
//! The document is walked by hand rather than through `serde` derive: derive stops at the
//! first error, and this pass must report every unknown key, wrong type and missing field
//! of a file in one build.

pub(crate) mod index;
pub(crate) mod locale;
mod table;

use core::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{DiagnosticKind, Diagnostics, quoted};
use table::{Table, expect_string, tables_in_array, text_of_key};

/// A string from the input with the byte range of its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Text {
    pub value: String,
    pub span: Range<usize>,
}

/// Everything `raci.toml` says, not yet checked for meaning.
#[derive(Debug, Default)]
pub(crate) struct RawMatrix {
    /// The `[matrix]` table, if it is there and is a table.
    pub meta: Option<RawMeta>,
    /// Whether the document has a `matrix` key, even of the wrong type (already reported).
    pub has_meta_key: bool,
    pub rules: Vec<RawRule>,
    pub parties: Vec<RawParty>,
    pub roles: Vec<RawRole>,
    pub headings: Vec<RawHeading>,
    pub activities: Vec<RawActivity>,
    pub notes: Vec<RawNote>,
    pub offers: Vec<RawOffer>,
    /// Where a missing top-level array would have to go: the end of the document.
    pub end: Range<usize>,
}

#[derive(Debug)]
pub(crate) struct RawMeta {
    pub title: Option<Text>,
    pub source: Option<Text>,
    /// `REPOSITORY PATH @ COMMIT`: where the page is kept, as its first line names it.
    pub provenance: Option<Text>,
    /// The language of the page's texts, where it is not English (`fr`).
    pub language: Option<Text>,
    pub last_updated: Option<Text>,
    pub last_updated_as_written: Option<Text>,
    pub intro_heading: Option<Text>,
    pub intro: Option<Text>,
    pub legend_header: Option<Text>,
    pub legend_separator: Option<Text>,
    /// `preamble = [{ heading = … }, { text = … }]`, with the span of the array.
    pub preamble: Option<(Range<usize>, Vec<RawPreamble>)>,
    pub activity_header: Option<Text>,
}

/// An applicability column of the page (SAP's offers): which rows apply to it.
#[derive(Debug)]
pub(crate) struct RawOffer {
    pub span: Range<usize>,
    pub id: Option<Text>,
    pub name: Option<Text>,
}

/// A note of the page: under a heading (after its rows), or right after the legend.
#[derive(Debug)]
pub(crate) struct RawNote {
    pub heading: Option<Text>,
    /// Whether it stands between the heading and its rows.
    pub before_rows: Option<bool>,
    pub text: Option<Text>,
}

/// An entry of `preamble`: a heading (with its level) or a paragraph.
#[derive(Debug)]
pub(crate) struct RawPreamble {
    pub span: Range<usize>,
    pub heading: Option<Text>,
    pub level: Option<(i64, Range<usize>)>,
    pub text: Option<Text>,
}

#[derive(Debug)]
pub(crate) struct RawRule {
    pub name: Text,
    pub severity: Text,
}

#[derive(Debug)]
pub(crate) struct RawParty {
    pub span: Range<usize>,
    pub id: Option<Text>,
    pub name: Option<Text>,
}

#[derive(Debug)]
pub(crate) struct RawRole {
    pub span: Range<usize>,
    pub letter: Option<Text>,
    pub name: Option<Text>,
    pub description: Option<Text>,
}

#[derive(Debug)]
pub(crate) struct RawHeading {
    pub span: Range<usize>,
    pub number: Option<Text>,
    pub id: Option<Text>,
    pub title: Option<Text>,
    /// The number of `#` the page writes, with the span of the value.
    pub level: Option<(i64, Range<usize>)>,
    /// Whether the page writes the heading in bold.
    pub bold: Option<bool>,
    /// Whether the page writes the number with a trailing dot.
    pub dot: Option<bool>,
}

#[derive(Debug)]
pub(crate) struct RawActivity {
    pub span: Range<usize>,
    pub id: Option<Text>,
    pub heading: Option<Text>,
    pub text: Option<Text>,
    pub cells: Option<RawCells>,
    /// Parties whose column the row stops before (`missing = ["ovhcloud"]`).
    pub missing: Vec<Text>,
    /// The offers the row applies to (`offers = ["bare-metal"]`).
    pub offers: Vec<Text>,
    pub waivers: Vec<RawWaiver>,
}

/// The `cells` table of an activity.
#[derive(Debug)]
pub(crate) struct RawCells {
    pub span: Range<usize>,
    /// `party = "letters"` entries, keys and values with their spans; the value is `None`
    /// when it was not a string (already reported).
    pub entries: Vec<(Text, Option<Text>)>,
}

#[derive(Debug)]
pub(crate) struct RawWaiver {
    pub span: Range<usize>,
    pub rule: Option<Text>,
    pub reason: Option<Text>,
}

const TOP_KEYS: &[&str] = &[
    "matrix",
    "rules",
    "parties",
    "roles",
    "headings",
    "activities",
    "notes",
    "offers",
];
const META_KEYS: &[&str] = &[
    "title",
    "source",
    "provenance",
    "language",
    "last-updated",
    "last-updated-as-written",
    "intro-heading",
    "intro",
    "legend-header",
    "legend-separator",
    "preamble",
    "activity-header",
];
const OFFER_KEYS: &[&str] = &["id", "name"];
const NOTE_KEYS: &[&str] = &["heading", "before-rows", "text"];
const PREAMBLE_KEYS: &[&str] = &["heading", "level", "text"];
const PARTY_KEYS: &[&str] = &["id", "name"];
const ROLE_KEYS: &[&str] = &["letter", "name", "description"];
const HEADING_KEYS: &[&str] = &["number", "id", "title", "level", "bold", "dot"];
const ACTIVITY_KEYS: &[&str] = &[
    "id", "heading", "text", "offers", "cells", "missing", "waivers",
];
const WAIVER_KEYS: &[&str] = &["rule", "reason"];

/// Parses `source`, reporting syntax errors, wrong types, unknown keys and missing fields.
/// Also returns whether the text was valid TOML.
pub(crate) fn parse(source: &str, diags: &mut Diagnostics) -> (RawMatrix, bool) {
    let (document, syntax_errors) = DeTable::parse_recoverable(source);
    let mut raw = RawMatrix {
        end: source.len()..source.len(),
        ..RawMatrix::default()
    };
    if !syntax_errors.is_empty() {
        for error in syntax_errors {
            report_syntax_error(&error, source, diags);
        }
        return (raw, false);
    }
    let top = Table::top(&document);
    top.reject_unknown(TOP_KEYS, diags);
    raw.has_meta_key = top.get("matrix").is_some();
    raw.meta = top.get("matrix").and_then(|value| read_meta(value, diags));
    raw.rules = top
        .get("rules")
        .map_or_else(Vec::new, |value| read_rules(value, diags));
    raw.parties = top.array_of_tables("parties", "party", diags, read_party);
    raw.roles = top.array_of_tables("roles", "role", diags, read_role);
    raw.headings = top.array_of_tables("headings", "heading", diags, read_heading);
    raw.activities = top.array_of_tables("activities", "activity", diags, read_activity);
    raw.offers = top.array_of_tables("offers", "offer", diags, |t, diags| {
        t.reject_unknown(OFFER_KEYS, diags);
        RawOffer {
            span: t.span.clone(),
            id: t.string("id", true, diags),
            name: t.string("name", true, diags),
        }
    });
    raw.notes = top.array_of_tables("notes", "note", diags, |t, diags| {
        t.reject_unknown(NOTE_KEYS, diags);
        RawNote {
            heading: t.string("heading", false, diags),
            before_rows: t.boolean("before-rows", diags),
            text: t.string("text", true, diags),
        }
    });
    (raw, true)
}

/// A TOML document, or `None` after reporting every syntax error of it.
fn document<'i>(source: &'i str, diags: &mut Diagnostics) -> Option<Spanned<DeTable<'i>>> {
    let (document, syntax_errors) = DeTable::parse_recoverable(source);
    if syntax_errors.is_empty() {
        return Some(document);
    }
    for error in syntax_errors {
        report_syntax_error(&error, source, diags);
    }
    None
}

fn report_syntax_error(error: &toml::de::Error, source: &str, diags: &mut Diagnostics) {
    let message = match error.message().trim() {
        "recursion limit" => {
            "keys, tables or arrays nest too deeply (the parser's recursion limit)".to_owned()
        }
        other => other.replace('\n', "; "),
    };
    // The parser gives no place for its recursion limit: point at the most deeply nested
    // line, the one that reached it.
    let span = error.span().unwrap_or_else(|| deepest_line(source));
    diags.error(
        DiagnosticKind::Syntax,
        span,
        format!("invalid TOML: {message}"),
    );
}

fn read_meta(value: &Spanned<DeValue<'_>>, diags: &mut Diagnostics) -> Option<RawMeta> {
    let table = Table::of(value, "`[matrix]`", diags)?;
    table.reject_unknown(META_KEYS, diags);
    Some(RawMeta {
        title: table.string("title", true, diags),
        source: table.string("source", true, diags),
        provenance: table.string("provenance", false, diags),
        language: table.string("language", false, diags),
        last_updated: table.date("last-updated", diags),
        last_updated_as_written: table.string("last-updated-as-written", false, diags),
        intro_heading: table.string("intro-heading", false, diags),
        intro: table.string("intro", false, diags),
        legend_header: table.string("legend-header", true, diags),
        legend_separator: table.string("legend-separator", false, diags),
        preamble: table.get("preamble").map(|value| {
            let entries =
                tables_in_array(value, "preamble", "preamble entry", diags, |t, diags| {
                    t.reject_unknown(PREAMBLE_KEYS, diags);
                    RawPreamble {
                        span: t.span.clone(),
                        heading: t.string("heading", false, diags),
                        level: t.integer("level", diags),
                        text: t.string("text", false, diags),
                    }
                });
            (value.span(), entries)
        }),
        activity_header: table.string("activity-header", true, diags),
    })
}

fn read_rules(value: &Spanned<DeValue<'_>>, diags: &mut Diagnostics) -> Vec<RawRule> {
    let Some(table) = Table::of(value, "`[rules]`", diags) else {
        return Vec::new();
    };
    table
        .entries
        .iter()
        .filter_map(|(key, value)| {
            let name = text_of_key(key);
            let what = format!("rule `{}`", quoted(&name.value));
            let severity = expect_string(value, &what, diags)?;
            Some(RawRule { name, severity })
        })
        .collect()
}

fn read_party(t: &Table<'_, '_>, diags: &mut Diagnostics) -> RawParty {
    t.reject_unknown(PARTY_KEYS, diags);
    RawParty {
        span: t.span.clone(),
        id: t.string("id", true, diags),
        name: t.string("name", true, diags),
    }
}

fn read_role(t: &Table<'_, '_>, diags: &mut Diagnostics) -> RawRole {
    t.reject_unknown(ROLE_KEYS, diags);
    RawRole {
        span: t.span.clone(),
        letter: t.string("letter", true, diags),
        name: t.string("name", true, diags),
        description: t.string("description", true, diags),
    }
}

fn read_heading(t: &Table<'_, '_>, diags: &mut Diagnostics) -> RawHeading {
    t.reject_unknown(HEADING_KEYS, diags);
    RawHeading {
        span: t.span.clone(),
        number: t.string("number", true, diags),
        id: t.string("id", true, diags),
        title: t.string("title", true, diags),
        level: t.integer("level", diags),
        bold: t.boolean("bold", diags),
        dot: t.boolean("dot", diags),
    }
}

fn read_activity(t: &Table<'_, '_>, diags: &mut Diagnostics) -> RawActivity {
    t.reject_unknown(ACTIVITY_KEYS, diags);
    let cells = t.require("cells", diags).and_then(|value| {
        let table = Table::of(value, "`cells`", diags)?;
        let entries = table
            .entries
            .iter()
            .map(|(key, value)| {
                let party = text_of_key(key);
                let what = format!("the cell of party `{}`", quoted(&party.value));
                let letters = expect_string(value, &what, diags);
                (party, letters)
            })
            .collect();
        Some(RawCells {
            span: table.span.clone(),
            entries,
        })
    });
    let waivers = t.get("waivers").map_or_else(Vec::new, |value| {
        tables_in_array(value, "waivers", "waiver", diags, |w, diags| {
            w.reject_unknown(WAIVER_KEYS, diags);
            RawWaiver {
                span: w.span.clone(),
                rule: w.string("rule", true, diags),
                reason: w.string("reason", true, diags),
            }
        })
    });
    RawActivity {
        span: t.span.clone(),
        id: t.string("id", true, diags),
        heading: t.string("heading", true, diags),
        text: t.string("text", true, diags),
        cells,
        missing: t.strings("missing", diags),
        offers: t.strings("offers", diags),
        waivers,
    }
}

/// The span of the line with the most nesting punctuation outside quotes: where a
/// recursion limit was reached, for an error the parser gives no place.
fn deepest_line(source: &str) -> Range<usize> {
    let mut best = (0, 0..0);
    let mut start = 0;
    for line in source.split_inclusive('\n') {
        let depth = line
            .bytes()
            .take_while(|&b| b != b'"' && b != b'\'')
            .filter(|b| matches!(b, b'.' | b'[' | b'{'))
            .count();
        if depth > best.0 {
            best = (depth, start..start + line.trim_end().len());
        }
        start += line.len();
    }
    best.1
}
