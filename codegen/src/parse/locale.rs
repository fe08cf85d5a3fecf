//! A locale file (a product's texts in another language, keyed by ids) → raw records.

use super::Text;
use super::table::{Table, expect_string, text_of_key};
use crate::diagnostic::Diagnostics;

/// Everything a locale file says, not yet checked against its product.
#[derive(Debug, Default)]
pub(crate) struct RawLocale {
    pub id: Option<Text>,
    pub title: Option<Text>,
    pub provenance: Option<Text>,
    pub last_updated_as_written: Option<Text>,
    pub legend_separator: Option<Text>,
    /// `[parties]`, `[legend]`, `[headings]`, `[activities]`: key (an id or letter) → text.
    pub parties: Vec<(Text, Text)>,
    pub legend: Vec<(Text, Text)>,
    pub headings: Vec<(Text, Text)>,
    pub activities: Vec<(Text, Text)>,
    /// `[[unpaired]]`: the translated page's rows with no counterpart in today's matrix.
    pub unpaired: Vec<RawUnpaired>,
}

/// A translated row with no counterpart in today's matrix, as written.
#[derive(Debug, Default)]
pub(crate) struct RawUnpaired {
    pub heading: Option<Text>,
    pub text: Option<Text>,
    pub cells: Vec<Text>,
}

const TOP_KEYS: &[&str] = &[
    "locale",
    "parties",
    "legend",
    "headings",
    "activities",
    "unpaired",
];
const LOCALE_KEYS: &[&str] = &[
    "id",
    "title",
    "provenance",
    "last-updated-as-written",
    "legend-separator",
];

/// Parses a locale file; `None` if it is not valid TOML.
pub(crate) fn parse_locale(source: &str, diags: &mut Diagnostics) -> Option<RawLocale> {
    let document = super::document(source, diags)?;
    let top = Table::top(&document);
    top.reject_unknown(TOP_KEYS, diags);
    let mut raw = RawLocale::default();
    if let Some(table) = top
        .require("locale", diags)
        .and_then(|v| Table::of(v, "`[locale]`", diags))
    {
        table.reject_unknown(LOCALE_KEYS, diags);
        raw.id = table.string("id", true, diags);
        raw.title = table.string("title", true, diags);
        raw.provenance = table.string("provenance", false, diags);
        raw.last_updated_as_written = table.string("last-updated-as-written", false, diags);
        raw.legend_separator = table.string("legend-separator", false, diags);
    }
    let texts = |key: &str, what: &'static str, diags: &mut Diagnostics| -> Vec<(Text, Text)> {
        let Some(table) = top.get(key).and_then(|v| Table::of(v, what, diags)) else {
            return Vec::new();
        };
        table
            .entries
            .iter()
            .filter_map(|(k, v)| {
                let value = expect_string(v, &format!("`{}` of {what}", k.get_ref()), diags)?;
                Some((text_of_key(k), value))
            })
            .collect()
    };
    raw.parties = texts("parties", "`[parties]`", diags);
    raw.legend = texts("legend", "`[legend]`", diags);
    raw.headings = texts("headings", "`[headings]`", diags);
    raw.activities = texts("activities", "`[activities]`", diags);
    raw.unpaired = top.array_of_tables("unpaired", "unpaired row", diags, |t, diags| {
        t.reject_unknown(&["heading", "text", "cells"], diags);
        RawUnpaired {
            heading: t.string("heading", true, diags),
            text: t.string("text", true, diags),
            cells: t.strings("cells", diags),
        }
    });
    Some(raw)
}
