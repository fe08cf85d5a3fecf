//! Walking `toml`'s spanned document: tables, arrays of tables, strings and dates, each
//! wrong type, unknown key or missing key reported with its span.

use core::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::Text;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::{DiagnosticKind, Diagnostics, Lookup, quoted};

/// A table of the document with its span and a name for messages.
pub(super) struct Table<'t, 'i> {
    pub entries: &'t DeTable<'i>,
    pub span: Range<usize>,
    pub what: &'static str,
}

impl<'t, 'i> Table<'t, 'i> {
    /// The document's top-level table.
    pub(super) fn top(document: &'t Spanned<DeTable<'i>>) -> Self {
        Table {
            entries: document.get_ref(),
            span: 0..0,
            what: "the top level",
        }
    }

    pub(super) fn of(
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

    pub(super) fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.entries
            .iter()
            .find(|(k, _)| k.get_ref() == key)
            .map(|(_, v)| v)
    }

    pub(super) fn require(
        &self,
        key: &str,
        diags: &mut Diagnostics,
    ) -> Option<&'t Spanned<DeValue<'i>>> {
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

    pub(super) fn reject_unknown(&self, known: &[&str], diags: &mut Diagnostics) {
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

    pub(super) fn string(
        &self,
        key: &str,
        required: bool,
        diags: &mut Diagnostics,
    ) -> Option<Text> {
        let value = if required {
            self.require(key, diags)?
        } else {
            self.get(key)?
        };
        expect_string(value, &format!("`{key}` of {}", self.what), diags)
    }

    /// An optional array of strings: each with its span; an element of another type is
    /// reported and left out.
    pub(super) fn strings(&self, key: &str, diags: &mut Diagnostics) -> Vec<Text> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            diags.error(
                DiagnosticKind::WrongType,
                value.span(),
                format!(
                    "`{key}` of {} must be an array of strings, found {}",
                    self.what,
                    describe(value.get_ref())
                ),
            );
            return Vec::new();
        };
        let what = format!("an element of `{key}`");
        items
            .iter()
            .filter_map(|item| expect_string(item, &what, diags))
            .collect()
    }

    /// An optional small whole number, with the span of its value.
    pub(super) fn integer(
        &self,
        key: &str,
        diags: &mut Diagnostics,
    ) -> Option<(i64, Range<usize>)> {
        let value = self.get(key)?;
        let number = match value.get_ref() {
            DeValue::Integer(i) => {
                i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok()
            }
            _ => None,
        };
        if number.is_none() {
            diags.error(
                DiagnosticKind::WrongType,
                value.span(),
                format!(
                    "`{key}` of {} must be a whole number, found {}",
                    self.what,
                    describe(value.get_ref())
                ),
            );
        }
        number.map(|n| (n, value.span()))
    }

    /// An optional boolean.
    pub(super) fn boolean(&self, key: &str, diags: &mut Diagnostics) -> Option<bool> {
        let value = self.get(key)?;
        if let DeValue::Boolean(b) = value.get_ref() {
            return Some(*b);
        }
        diags.error(
            DiagnosticKind::WrongType,
            value.span(),
            format!(
                "`{key}` of {} must be `true` or `false`, found {}",
                self.what,
                describe(value.get_ref())
            ),
        );
        None
    }

    /// A TOML local date (`2024-02-29`), returned in that form.
    pub(super) fn date(&self, key: &str, diags: &mut Diagnostics) -> Option<Text> {
        let value = self.get(key)?;
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

    pub(super) fn array_of_tables<T>(
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

pub(super) fn tables_in_array<'t, 'i, T>(
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
        "note" => "a note",
        "offer" => "an offer",
        "product" => "a product",
        "preamble entry" => "a preamble entry",
        _ => item,
    }
}

pub(super) fn text_of_key(key: &Spanned<std::borrow::Cow<'_, str>>) -> Text {
    Text {
        value: key.get_ref().to_string(),
        span: key.span(),
    }
}

pub(super) fn expect_string(
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
