//! TOML text → raw records that keep the position of every key and value.
//!
//! The document is walked by hand rather than through `serde` derive: derive stops at the
//! first error, and this pass must report every unknown key, wrong type and missing field
//! of a file in one build.

use core::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, Lookup, quoted};

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
    /// Where a missing top-level array would have to go: the end of the document.
    pub end: Range<usize>,
}

#[derive(Debug)]
pub(crate) struct RawMeta {
    pub title: Option<Text>,
    pub source: Option<Text>,
    pub last_updated: Option<Text>,
    pub intro_heading: Option<Text>,
    pub intro: Option<Text>,
    pub legend_header: Option<Text>,
    pub activity_header: Option<Text>,
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
}

#[derive(Debug)]
pub(crate) struct RawActivity {
    pub span: Range<usize>,
    pub id: Option<Text>,
    pub heading: Option<Text>,
    pub text: Option<Text>,
    pub cells: Option<RawCells>,
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
];
const META_KEYS: &[&str] = &[
    "title",
    "source",
    "last-updated",
    "intro-heading",
    "intro",
    "legend-header",
    "activity-header",
];
const PARTY_KEYS: &[&str] = &["id", "name"];
const ROLE_KEYS: &[&str] = &["letter", "name", "description"];
const HEADING_KEYS: &[&str] = &["number", "id", "title"];
const ACTIVITY_KEYS: &[&str] = &["id", "heading", "text", "cells", "waivers"];
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
            let message = match error.message().trim() {
                "recursion limit" => {
                    "keys, tables or arrays nest too deeply (the parser's recursion limit)"
                        .to_owned()
                }
                other => other.replace('\n', "; "),
            };
            // The parser gives no place for its recursion limit: point at the most
            // deeply nested line, the one that reached it.
            let span = error.span().unwrap_or_else(|| deepest_line(source));
            diags.error(
                DiagnosticKind::Syntax,
                span,
                format!("invalid TOML: {message}"),
            );
        }
        return (raw, false);
    }
    let document = document.get_ref();
    let top = Table {
        entries: document,
        span: 0..0,
        what: "the top level",
    };
    top.reject_unknown(TOP_KEYS, diags);

    raw.has_meta_key = top.get("matrix").is_some();
    if let Some(value) = top.get("matrix") {
        if let Some(table) = Table::of(value, "`[matrix]`", diags) {
            table.reject_unknown(META_KEYS, diags);
            raw.meta = Some(RawMeta {
                title: table.string("title", true, diags),
                source: table.string("source", true, diags),
                last_updated: table.date("last-updated", diags),
                intro_heading: table.string("intro-heading", false, diags),
                intro: table.string("intro", false, diags),
                legend_header: table.string("legend-header", true, diags),
                activity_header: table.string("activity-header", true, diags),
            });
        }
    }
    if let Some(value) = top.get("rules") {
        if let Some(table) = Table::of(value, "`[rules]`", diags) {
            for (key, value) in table.entries {
                let name = text_of_key(key);
                if let Some(severity) =
                    expect_string(value, &format!("rule `{}`", quoted(&name.value)), diags)
                {
                    raw.rules.push(RawRule { name, severity });
                }
            }
        }
    }
    raw.parties = top.array_of_tables("parties", "party", diags, |t, diags| {
        t.reject_unknown(PARTY_KEYS, diags);
        RawParty {
            span: t.span.clone(),
            id: t.string("id", true, diags),
            name: t.string("name", true, diags),
        }
    });
    raw.roles = top.array_of_tables("roles", "role", diags, |t, diags| {
        t.reject_unknown(ROLE_KEYS, diags);
        RawRole {
            span: t.span.clone(),
            letter: t.string("letter", true, diags),
            name: t.string("name", true, diags),
            description: t.string("description", true, diags),
        }
    });
    raw.headings = top.array_of_tables("headings", "heading", diags, |t, diags| {
        t.reject_unknown(HEADING_KEYS, diags);
        RawHeading {
            span: t.span.clone(),
            number: t.string("number", true, diags),
            id: t.string("id", true, diags),
            title: t.string("title", true, diags),
        }
    });
    raw.activities = top.array_of_tables("activities", "activity", diags, read_activity);
    (raw, true)
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
        waivers,
    }
}

/// A table of the document with its span and a name for messages.
struct Table<'t, 'i> {
    entries: &'t DeTable<'i>,
    span: Range<usize>,
    what: &'static str,
}

impl<'t, 'i> Table<'t, 'i> {
    fn of(
        value: &'t Spanned<DeValue<'i>>,
        what: &'static str,
        diags: &mut Diagnostics,
    ) -> Option<Self> {
        if let DeValue::Table(entries) = value.get_ref() {
            Some(Table {
                entries,
                span: value.span(),
                what,
            })
        } else {
            diags.error(
                DiagnosticKind::WrongType,
                value.span(),
                format!(
                    "{what} must be a table, found {}",
                    describe(value.get_ref())
                ),
            );
            None
        }
    }

    fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.entries
            .iter()
            .find(|(k, _)| k.get_ref() == key)
            .map(|(_, v)| v)
    }

    fn require(&self, key: &str, diags: &mut Diagnostics) -> Option<&'t Spanned<DeValue<'i>>> {
        let value = self.get(key);
        // A misspelling of `key` is reported as an unknown key that suggests `key`; saying
        // that `key` is missing as well would only repeat it.
        let misspelt = value.is_none()
            && self
                .entries
                .keys()
                .any(|k| k.get_ref() != key && diags.suggest(k.get_ref(), &[key]).is_some());
        if value.is_none() && !misspelt {
            diags.error(
                DiagnosticKind::MissingKey,
                self.span.clone(),
                format!("{} is missing the required key `{key}`", self.what),
            );
        }
        value
    }

    fn reject_unknown(&self, known: &[&str], diags: &mut Diagnostics) {
        for (key, _) in self.entries {
            let name = key.get_ref().as_ref();
            if known.contains(&name) {
                continue;
            }
            let place = format!(" in {}", self.what);
            let lookup = Lookup {
                what: "key",
                place: &place,
            };
            diags.unknown(DiagnosticKind::UnknownKey, key.span(), &lookup, name, known);
        }
    }

    fn string(&self, key: &str, required: bool, diags: &mut Diagnostics) -> Option<Text> {
        let value = if required {
            self.require(key, diags)?
        } else {
            self.get(key)?
        };
        expect_string(value, &format!("`{key}` of {}", self.what), diags)
    }

    /// A TOML local date (`2024-02-29`), returned in that form.
    fn date(&self, key: &str, diags: &mut Diagnostics) -> Option<Text> {
        let value = self.require(key, diags)?;
        match value.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                dt.date.map(|date| Text {
                    value: date.to_string(),
                    span: value.span(),
                })
            }
            other => {
                diags.push(
                    Diagnostic::error(
                        DiagnosticKind::WrongType,
                        value.span(),
                        format!(
                            "`{key}` of {} must be a date, found {}",
                            self.what,
                            describe(other)
                        ),
                    )
                    .with_help("write a bare TOML date such as `2024-02-29`, without quotes"),
                );
                None
            }
        }
    }

    fn array_of_tables<T>(
        &self,
        key: &str,
        item: &'static str,
        diags: &mut Diagnostics,
        read: impl FnMut(&Table<'t, 'i>, &mut Diagnostics) -> T,
    ) -> Vec<T> {
        match self.get(key) {
            Some(value) => tables_in_array(value, key, item, diags, read),
            None => Vec::new(),
        }
    }
}

fn tables_in_array<'t, 'i, T>(
    value: &'t Spanned<DeValue<'i>>,
    what: &str,
    item: &'static str,
    diags: &mut Diagnostics,
    mut read: impl FnMut(&Table<'t, 'i>, &mut Diagnostics) -> T,
) -> Vec<T> {
    let DeValue::Array(items) = value.get_ref() else {
        diags.error(
            DiagnosticKind::WrongType,
            value.span(),
            format!(
                "`{what}` must be an array of tables (`[[{what}]]`), found {}",
                describe(value.get_ref())
            ),
        );
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|entry| {
            let table = Table::of(entry, item_name(item), diags)?;
            Some(read(&table, diags))
        })
        .collect()
}

/// `the party`, `an activity`…: the article-carrying noun used in messages.
fn item_name(item: &'static str) -> &'static str {
    match item {
        "party" => "a party",
        "role" => "a role",
        "heading" => "a heading",
        "activity" => "an activity",
        "waiver" => "a waiver",
        _ => item,
    }
}

fn text_of_key(key: &Spanned<std::borrow::Cow<'_, str>>) -> Text {
    Text {
        value: key.get_ref().to_string(),
        span: key.span(),
    }
}

fn expect_string(
    value: &Spanned<DeValue<'_>>,
    what: &str,
    diags: &mut Diagnostics,
) -> Option<Text> {
    if let DeValue::String(s) = value.get_ref() {
        Some(Text {
            value: s.to_string(),
            span: value.span(),
        })
    } else {
        diags.error(
            DiagnosticKind::WrongType,
            value.span(),
            format!(
                "{what} must be a string, found {}",
                describe(value.get_ref())
            ),
        );
        None
    }
}

/// A value's kind, as a reader of the TOML file would name it.
fn describe(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(s) => format!("the string \"{}\"", quoted(s)),
        DeValue::Integer(i) => format!("the integer {}", i.as_str()),
        DeValue::Float(f) => format!("the float {}", f.as_str()),
        DeValue::Boolean(b) => format!("the boolean {b}"),
        DeValue::Datetime(d) => format!("the date-time {d}"),
        DeValue::Array(_) => "an array".to_owned(),
        DeValue::Table(_) => "a table".to_owned(),
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
