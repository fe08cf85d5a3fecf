//! The catalogue's index (`raci.toml`) → raw records: its products and the cargo features
//! that select none.

use core::ops::Range;

use toml::de::DeTable;

use super::Text;
use super::table::Table;
use crate::diagnostic::Diagnostics;

/// Everything the index says, not yet checked for meaning.
#[derive(Debug, Default)]
pub(crate) struct RawIndex {
    /// `[catalogue] other-features`: the cargo features that select no product.
    pub other_features: Vec<Text>,
    pub products: Vec<RawProduct>,
    /// Where a missing `[[products]]` would have to go: the end of the document.
    pub end: Range<usize>,
}

/// A `[[products]]` entry: a product's id and the file of its matrix.
#[derive(Debug)]
pub(crate) struct RawProduct {
    pub id: Option<Text>,
    pub file: Option<Text>,
    /// The files of its earlier versions, oldest first.
    pub earlier: Vec<Text>,
    /// The files of its texts in other languages.
    pub locales: Vec<Text>,
}

const TOP_KEYS: &[&str] = &["catalogue", "products"];
const CATALOGUE_KEYS: &[&str] = &["other-features"];
const PRODUCT_KEYS: &[&str] = &["id", "file", "earlier", "locales"];

/// Parses the index, reporting syntax errors, wrong types, unknown keys and missing
/// fields; `None` if it is not valid TOML.
pub(crate) fn parse_index(source: &str, diags: &mut Diagnostics) -> Option<RawIndex> {
    let document = super::document(source, diags)?;
    let top = Table::top(&document);
    top.reject_unknown(TOP_KEYS, diags);
    let other_features = top
        .get("catalogue")
        .and_then(|value| Table::of(value, "`[catalogue]`", diags))
        .map(|table| {
            table.reject_unknown(CATALOGUE_KEYS, diags);
            table.strings("other-features", diags)
        })
        .unwrap_or_default();
    let products = top.array_of_tables("products", "product", diags, |t, diags| {
        t.reject_unknown(PRODUCT_KEYS, diags);
        RawProduct {
            id: t.string("id", true, diags),
            file: t.string("file", true, diags),
            earlier: t.strings("earlier", diags),
            locales: t.strings("locales", diags),
        }
    });
    Some(RawIndex {
        other_features,
        products,
        end: source.len()..source.len(),
    })
}

/// The names of the `[features]` of a `Cargo.toml`, each with its span; `None` if the
/// manifest is not valid TOML (cargo reports that itself).
pub(crate) fn cargo_features(manifest: &str) -> Option<Vec<Text>> {
    let (document, syntax_errors) = DeTable::parse_recoverable(manifest);
    if !syntax_errors.is_empty() {
        return None;
    }
    let mut ignored = Diagnostics::default();
    let features = document
        .get_ref()
        .iter()
        .find(|(k, _)| k.get_ref() == "features")
        .and_then(|(_, v)| Table::of(v, "`[features]`", &mut ignored));
    Some(features.map_or_else(Vec::new, |table| {
        table
            .entries
            .keys()
            .map(super::table::text_of_key)
            .collect()
    }))
}
