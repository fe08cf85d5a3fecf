//! What only a catalogue can get wrong, across its files: the crate's cargo features
//! against the index, and every product's parties and roles against the first's.

use std::collections::BTreeSet;

use core::ops::Range;

use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::model::{Index, Matrix, Sides};
use crate::parse::index::{Feature, cargo_features};

/// Checks the `[features]` of the crate's `Cargo.toml` against the index: each product
/// has a feature of its id, and each other feature is listed in `other-features`.
/// Problems in the manifest are positioned in `manifest`; a product without a feature,
/// in the index. Returns `(problems in the index, problems in the manifest)`.
pub(crate) fn check_features(index: &Index, manifest: &str) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let Some(features) = cargo_features(manifest) else {
        return (Vec::new(), Vec::new());
    };
    let names: BTreeSet<&str> = features.iter().map(|f| f.name.value.as_str()).collect();
    let in_index = index
        .products
        .iter()
        .filter(|p| !names.contains(p.id.as_str()))
        .map(|p| {
            Diagnostic::error(
                DiagnosticKind::UnknownReference,
                p.id_span.clone(),
                format!("product `{}` has no cargo feature of its name", p.id),
            )
            .with_help(format!(
                "add `{} = []` to the `[features]` of Cargo.toml",
                p.id
            ))
        })
        .collect();
    let mut in_manifest: Vec<Diagnostic> = features
        .iter()
        .map(|f| &f.name)
        .filter(|f| {
            !index.products.iter().any(|p| p.id == f.value)
                && !index.other_features.contains(&f.value)
        })
        .map(|f| {
            Diagnostic::error(
                DiagnosticKind::UnknownReference,
                f.span.clone(),
                format!("feature `{}` selects no product of the catalogue", f.value),
            )
            .with_help(
                "name a product of raci.toml, or list the feature in its \
                 `[catalogue] other-features`",
            )
        })
        .collect();
    if let Some((name, span)) = &index.every_product {
        in_manifest.extend(every_product(index, &features, name, span));
    }
    (in_index, in_manifest)
}

/// Errors where the feature `name` (the index's `every-product`, at `span`) does not turn
/// on exactly the catalogue's products.
fn every_product(
    index: &Index,
    features: &[Feature],
    name: &str,
    span: &Range<usize>,
) -> Vec<Diagnostic> {
    let Some(feature) = features.iter().find(|f| f.name.value == name) else {
        // The feature check above reports it as missing from the manifest's features only
        // if a product has its name; here the index names a feature the manifest lacks.
        return vec![
            Diagnostic::error(
                DiagnosticKind::UnknownReference,
                0..0,
                format!("the index's `every-product` feature `{name}` is not in `[features]`"),
            )
            .with_related(span.clone(), "named in the index"),
        ];
    };
    let on: BTreeSet<&str> = feature.turns_on.iter().map(|t| t.value.as_str()).collect();
    let missing: Vec<&str> = index
        .products
        .iter()
        .map(|p| p.id.as_str())
        .filter(|id| !on.contains(id))
        .collect();
    let mut found = Vec::new();
    if !missing.is_empty() {
        found.push(
            Diagnostic::error(
                DiagnosticKind::UnknownReference,
                feature.name.span.clone(),
                format!(
                    "feature `{name}` turns on every product, but not {}",
                    missing.join(", ")
                ),
            )
            .with_help(format!("add {} to it", missing.join(", "))),
        );
    }
    let known = |t: &&crate::parse::Text| {
        index.products.iter().any(|p| p.id == t.value) || index.other_features.contains(&t.value)
    };
    found.extend(feature.turns_on.iter().filter(|t| !known(t)).map(|t| {
        Diagnostic::error(
            DiagnosticKind::UnknownReference,
            t.span.clone(),
            format!(
                "feature `{name}` turns on `{}`, which is no feature of the index",
                t.value
            ),
        )
        .with_help("name the catalogue's products, and features among `other-features`")
    }));
    found
}

/// Errors where `matrix` does not have the parties (by id: a page in another language names
/// them in its words, which its product keeps) and roles of `first`, in order.
pub(crate) fn same_legend(first: &Matrix, matrix: &Matrix, first_file: &str) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let parties = |m: &Matrix| -> Vec<String> { m.parties.iter().map(|p| p.id.clone()).collect() };
    let roles = |m: &Matrix| -> Vec<String> {
        m.roles
            .iter()
            .map(|r| format!("{} {}", r.letter, r.name))
            .collect()
    };
    // Each error points at the first entry that differs (or the last, if one list is longer).
    let differing = |ours: &[String], theirs: &[String]| {
        ours.iter().zip(theirs).position(|(a, b)| a != b).unwrap_or(
            ours.len()
                .min(theirs.len())
                .saturating_sub(1)
                .min(ours.len().saturating_sub(1)),
        )
    };
    let lists = [
        (
            parties(matrix),
            parties(first),
            "parties",
            "`Party` is shared by all products, by id; each page names them in its words",
        ),
        (
            roles(matrix),
            roles(first),
            "roles",
            "`Role` is shared by all products; descriptions may differ",
        ),
    ];
    for (i, (ours, theirs, what, help)) in lists.into_iter().enumerate() {
        if ours == theirs {
            continue;
        }
        let at = differing(&ours, &theirs);
        let spans: Vec<core::ops::Range<usize>> = if i == 0 {
            matrix.parties.iter().map(|p| p.span.clone()).collect()
        } else {
            matrix.roles.iter().map(|r| r.span.clone()).collect()
        };
        found.push(
            Diagnostic::error(
                DiagnosticKind::InvalidName,
                spans.get(at).cloned().unwrap_or(0..0),
                format!(
                    "the {what} are {}; every matrix of the catalogue has those of {first_file}: {}",
                    ours.join(", "),
                    theirs.join(", ")
                ),
            )
            .with_help(format!("the catalogue's {help}")),
        );
    }
    found
}

/// Errors where the index's sides are not two different parties of `first`, the product
/// whose legend every product shares; each at its place in the index.
pub(crate) fn check_sides(sides: &Sides, first: &Matrix) -> Vec<Diagnostic> {
    let ids: Vec<&str> = first.parties.iter().map(|p| p.id.as_str()).collect();
    let mut found = Vec::new();
    for (side, (id, span)) in [("provider", &sides.provider), ("customer", &sides.customer)] {
        if !ids.contains(&id.as_str()) {
            found.push(
                Diagnostic::error(
                    DiagnosticKind::UnknownReference,
                    span.clone(),
                    format!("the {side} `{id}` is no party of the catalogue"),
                )
                .with_help(format!("name one of {}", ids.join(", "))),
            );
        }
    }
    if sides.provider.0 == sides.customer.0 {
        found.push(
            Diagnostic::error(
                DiagnosticKind::Duplicate,
                sides.customer.1.clone(),
                format!(
                    "`{}` is both the provider and the customer",
                    sides.customer.0
                ),
            )
            .with_related(sides.provider.1.clone(), "named the provider"),
        );
    }
    found
}
