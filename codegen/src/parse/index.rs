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
    /// `[catalogue] every-product`: the cargo feature that turns on every product.
    pub every_product: Option<Text>,
    /// `[catalogue] provider` and `customer`: the party ids of the two sides.
    pub provider: Option<Text>,
    pub customer: Option<Text>,
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
const CATALOGUE_KEYS: &[&str] = &["other-features", "every-product", "provider", "customer"];
const PRODUCT_KEYS: &[&str] = &["id", "file", "earlier", "locales"];

/// Parses the index, reporting syntax errors, wrong types, unknown keys and missing
/// fields; `None` if it is not valid TOML.
pub(crate) fn parse_index(source: &str, diags: &mut Diagnostics) -> Option<RawIndex> {
    let document = super::document(source, diags)?;
    let top = Table::top(&document);
    top.reject_unknown(TOP_KEYS, diags);
    let catalogue = top
        .get("catalogue")
        .and_then(|value| Table::of(value, "`[catalogue]`", diags));
    if let Some(table) = &catalogue {
        table.reject_unknown(CATALOGUE_KEYS, diags);
    }
    let string = |key: &str, diags: &mut Diagnostics| {
        catalogue
            .as_ref()
            .and_then(|table| table.string(key, false, diags))
    };
    let other_features = catalogue
        .as_ref()
        .map(|table| table.strings("other-features", diags))
        .unwrap_or_default();
    let every_product = string("every-product", diags);
    let provider = string("provider", diags);
    let customer = string("customer", diags);
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
        every_product,
        provider,
        customer,
        products,
        end: source.len()..source.len(),
    })
}

/// A cargo feature of a `Cargo.toml`: its name and the features it turns on, with spans.
pub(crate) struct Feature {
    pub name: Text,
    pub turns_on: Vec<Text>,
}

/// The `[features]` of a `Cargo.toml`, in file order; `None` if the manifest is not valid
/// TOML (cargo reports that itself).
pub(crate) fn cargo_features(manifest: &str) -> Option<Vec<Feature>> {
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
            .map(|key| {
                let name = super::table::text_of_key(key);
                let turns_on = table.strings(&name.value, &mut ignored);
                Feature { name, turns_on }
            })
            .collect()
    }))
}
