//! The catalogue's index, checked: product ids (kebab-case, unique, with free Rust names),
//! files named once, and the features that select no product.

use std::collections::BTreeMap;

use super::names::Names;
use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, quoted};
use crate::ident::is_keyword;
use crate::model::{Index, Product, Sides};
use crate::parse::Text;
use crate::parse::index::RawIndex;

/// The index, or `None` after reporting what is wrong with it.
pub(crate) fn validate_index(raw: &RawIndex, diags: &mut Diagnostics) -> Option<Index> {
    if raw.products.is_empty() {
        diags.push(
            Diagnostic::error(
                DiagnosticKind::Empty,
                raw.end.clone(),
                "the catalogue has no products".to_owned(),
            )
            .with_help(
                "add a `[[products]]` table with the `id` of each product and the `file` of \
                 its matrix",
            ),
        );
        return None;
    }
    let mut ids = Names::new("product");
    let mut files: BTreeMap<String, core::ops::Range<usize>> = BTreeMap::new();
    let mut products = Vec::new();
    for raw_product in &raw.products {
        let id = raw_product
            .id
            .as_ref()
            .and_then(|id| check_product_id(id, &mut ids, diags));
        let file = raw_product
            .file
            .as_ref()
            .and_then(|file| check_file(file, &mut files, diags));
        let earlier: Vec<(String, core::ops::Range<usize>)> = raw_product
            .earlier
            .iter()
            .filter_map(|file| check_file(file, &mut files, diags))
            .collect();
        let locales: Vec<(String, core::ops::Range<usize>)> = raw_product
            .locales
            .iter()
            .filter_map(|file| check_file(file, &mut files, diags))
            .collect();
        if let (Some((id, variant, module, id_span)), Some((file, file_span))) = (id, file) {
            products.push(Product {
                id,
                variant,
                module,
                file,
                id_span,
                file_span,
                earlier,
                locales,
            });
        }
    }
    let other_features = check_other_features(raw, &products, diags);
    let every_product = raw.every_product.as_ref().and_then(|feature| {
        if other_features.contains(&feature.value) {
            Some((feature.value.clone(), feature.span.clone()))
        } else {
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::UnknownReference,
                    feature.span.clone(),
                    format!(
                        "`every-product` is \"{}\", which is not among `other-features`",
                        quoted(&feature.value)
                    ),
                )
                .with_help("list it in `other-features` too: it selects no product of its own"),
            );
            None
        }
    });
    let sides = sides(raw, diags);
    if diags.has_errors() {
        return None;
    }
    Some(Index {
        products,
        other_features,
        every_product,
        sides,
    })
}

/// `provider` and `customer`, both or neither; which parties they name is checked against
/// the first product's legend (`validate::catalogue::check_sides`).
fn sides(raw: &RawIndex, diags: &mut Diagnostics) -> Option<Sides> {
    let pair = |t: &Text| (t.value.clone(), t.span.clone());
    match (&raw.provider, &raw.customer) {
        (Some(provider), Some(customer)) => Some(Sides {
            provider: pair(provider),
            customer: pair(customer),
        }),
        (None, None) => None,
        (Some(given), None) | (None, Some(given)) => {
            let missing = if raw.provider.is_none() {
                "provider"
            } else {
                "customer"
            };
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::MissingKey,
                    given.span.clone(),
                    format!("`[catalogue]` names one side of the matrices but not `{missing}`"),
                )
                .with_help("name both the provider's and the customer's party ids, or neither"),
            );
            None
        }
    }
}

/// A product id: `(id, variant, module, span)`.
fn check_product_id(
    id: &Text,
    ids: &mut Names,
    diags: &mut Diagnostics,
) -> Option<(String, String, String, core::ops::Range<usize>)> {
    let (id_value, variant) = ids.check_id(id, diags)?;
    let module = id_value.replace('-', "_");
    if is_keyword(&module) || crate::ROOT_MODULES.contains(&module.as_str()) {
        diags.push(
            Diagnostic::error(
                DiagnosticKind::ReservedName,
                id.span.clone(),
                format!(
                    "product \"{}\" becomes the module `{module}`, a name the crate \
                             already uses",
                    quoted(&id.value)
                ),
            )
            .with_help("choose another id"),
        );
        return None;
    }
    Some((id_value, variant, module, id.span.clone()))
}

/// A product file: a plain relative path, named once: `(path, span)`.
fn check_file(
    file: &Text,
    files: &mut BTreeMap<String, core::ops::Range<usize>>,
    diags: &mut Diagnostics,
) -> Option<(String, core::ops::Range<usize>)> {
    let value = &file.value;
    let plain = !value.is_empty()
        && !value.starts_with('/')
        && value
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
        && value.chars().all(|c| !c.is_control() && c != '\\');
    if !plain {
        diags.push(
            Diagnostic::error(
                DiagnosticKind::InvalidText,
                file.span.clone(),
                format!("product file \"{}\" is not a plain path", quoted(value)),
            )
            .with_help(
                "name the file relative to raci.toml, with `/` between names and no \
                         `.` or `..`, such as \"catalogue/kms.toml\"",
            ),
        );
        return None;
    }
    if let Some(first_span) = files.get(value).cloned() {
        diags.push(
            Diagnostic::error(
                DiagnosticKind::Duplicate,
                file.span.clone(),
                format!("product file \"{}\" is named twice", quoted(value)),
            )
            .with_help("each product and each earlier version has a file of its own")
            .with_related(first_span, "first named"),
        );
        return None;
    }
    files.insert(value.clone(), file.span.clone());
    Some((value.clone(), file.span.clone()))
}

/// The features that select no product: none may be a product's id.
fn check_other_features(
    raw: &RawIndex,
    products: &[Product],
    diags: &mut Diagnostics,
) -> Vec<String> {
    let mut other_features = Vec::new();
    for feature in &raw.other_features {
        if let Some(product) = products.iter().find(|p| p.id == feature.value) {
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::Duplicate,
                    feature.span.clone(),
                    format!(
                        "\"{}\" is listed among the features that select no product, but it \
                         is a product",
                        quoted(&feature.value)
                    ),
                )
                .with_related(product.id_span.clone(), "product defined"),
            );
        } else {
            other_features.push(feature.value.clone());
        }
    }
    other_features
}
