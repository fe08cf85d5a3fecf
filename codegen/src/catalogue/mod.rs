//! The catalogue's driver: reads the index, then the files it names, runs the checks that
//! need several files, and generates the enabled products with what they share.
//!
//! [`generate`] is pure like [`crate::generate`]: it reads the product files through the
//! function it is given, so tests hand it files from memory.

mod read;

use std::io;

use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, Report, Severity, reports};
use crate::emit::layout::{CATALOGUE_FILE, DOCS_FILE, ProductFiles, TYPES_FILE};
use crate::limits::MAX_CATALOGUE_ACTIVITIES;
use crate::model::Index;
use crate::source::{Input, too_large};
use crate::{emit, parse, validate};
use read::{ProductRead, Reader};

/// What [`generate`] writes: file names (relative to the output directory) and contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// Every generated file, in a fixed order.
    pub files: Vec<(String, String)>,
    /// The ids of the products generated, in the index's order.
    pub products: Vec<String>,
    /// The languages of their translations (`fr-fr`), in first-seen order.
    pub locales: Vec<String>,
    /// Whether the index names the provider and the customer (`Party::PROVIDER`, …).
    pub sides: bool,
    /// Problems that do not stop generation.
    pub warnings: Vec<Report>,
}

/// Reads and checks the index.
///
/// # Errors
/// Every problem of the index, in file order.
pub fn read_index(source: &str) -> Result<Index, Vec<Diagnostic>> {
    let mut diags = Diagnostics::default();
    if let Some(d) = too_large(Input::Index, source.len() as u64) {
        diags.push(d);
        return Err(diags.sorted());
    }
    let index = parse::index::parse_index(source, &mut diags)
        .and_then(|raw| validate::index::validate_index(&raw, &mut diags));
    match index {
        Some(index) if !diags.has_errors() => Ok(index),
        _ => Err(diags.sorted()),
    }
}

/// The inputs of [`generate`]: the index, which products are on, and how to read a file.
pub struct Inputs<'a> {
    /// The index's name in messages (`raci.toml`).
    pub index_name: &'a str,
    /// The index's text.
    pub index: &'a str,
    /// The crate's `Cargo.toml`, to check its features against the index; `None` to skip.
    pub manifest: Option<(&'a str, &'a str)>,
    /// Whether the feature of product `id` is on.
    pub enabled: &'a dyn Fn(&str) -> bool,
    /// Reads a file named by the index (relative to it).
    pub read: &'a mut dyn FnMut(&str) -> io::Result<Vec<u8>>,
    /// Whether to read the built products' earlier versions (`Product::earlier_versions`,
    /// and what changed from each to the next in the docs, with the feature `diff`).
    pub history: bool,
    /// Whether to read the built products' texts in other languages.
    pub locales: bool,
}

/// Checks the catalogue and generates the enabled products, with the shared enums.
///
/// Reads the index, then the first product (whose parties and roles every product shares)
/// and each enabled product; a product that is off is not read. The output depends on the
/// inputs alone.
///
/// # Errors
/// Every problem found, in each file in file order.
pub fn generate(inputs: Inputs<'_>) -> Result<Generated, Vec<Report>> {
    let Inputs {
        index_name,
        index: index_text,
        manifest,
        enabled,
        read,
        history: with_history,
        locales: with_locales,
    } = inputs;
    let index = read_index(index_text).map_err(|d| reports(index_name, index_text, &d))?;
    let mut problems = Vec::new();
    if let Some((manifest_name, manifest)) = manifest {
        let (in_index, in_manifest) = validate::catalogue::check_features(&index, manifest);
        problems.extend(reports(index_name, index_text, &in_index));
        problems.extend(reports(manifest_name, manifest, &in_manifest));
    }
    let mut warnings = Vec::new();
    let mut reader = Reader {
        index_name,
        index_text,
        read,
        problems: &mut problems,
        warnings: &mut warnings,
    };
    let matrices: Vec<ProductRead> = index
        .products
        .iter()
        .enumerate()
        .filter(|(i, p)| *i == 0 || enabled(&p.id))
        .filter_map(|(i, p)| {
            let built = enabled(&p.id);
            reader.product(i, p, built && with_history, built && with_locales)
        })
        .collect();
    problems.extend(check_legends(&index, &matrices, index_name, index_text));
    if problems.iter().any(|p| p.severity == Severity::Error)
        || matrices.first().is_none_or(|m| m.index != 0)
    {
        problems.extend(warnings);
        return Err(problems);
    }
    warnings.extend(problems);
    let built: Vec<emit::catalogue::Enabled<'_>> = matrices
        .iter()
        .filter(|m| m.index != 0 || enabled(&index.products[0].id))
        .map(|m| emit::catalogue::Enabled {
            product: &index.products[m.index],
            matrix: &m.matrix,
            earlier: &m.earlier,
            locales: &m.locales,
            history: history(&m.earlier, &m.matrix),
            earlier_left_out: if with_history {
                0
            } else {
                index.products[m.index].earlier.len()
            },
        })
        .collect();
    let rows: usize = built.iter().map(|e| e.matrix.activities.len()).sum();
    if rows > MAX_CATALOGUE_ACTIVITIES {
        let d = Diagnostic::error(
            DiagnosticKind::LimitExceeded,
            0..0,
            format!(
                "the products of this build have {rows} activities; at most \
                 {MAX_CATALOGUE_ACTIVITIES} are looked up together"
            ),
        )
        .with_help("turn on fewer products' features");
        return Err(reports(index_name, index_text, &[d]));
    }
    let features = emit::features::Features {
        products: index
            .products
            .iter()
            .map(|p| (p.id.as_str(), enabled(&p.id)))
            .collect(),
        history: with_history,
        locales: with_locales,
    };
    let files = files(&index, &matrices[0].matrix, &built, &features)?;
    let mut locales: Vec<String> = Vec::new();
    for l in built.iter().flat_map(|e| e.locales) {
        if !locales.contains(&l.id) {
            locales.push(l.id.clone());
        }
    }
    Ok(Generated {
        files,
        products: built.iter().map(|e| e.product.id.clone()).collect(),
        locales,
        sides: index.sides.is_some(),
        warnings,
    })
}

/// The legend: every product read has the first product's parties and roles, of which the
/// index may name the two sides.
fn check_legends(
    index: &Index,
    matrices: &[ProductRead],
    index_name: &str,
    index_text: &str,
) -> Vec<Report> {
    let mut found_all = Vec::new();
    if let Some(first) = matrices.first().filter(|m| m.index == 0) {
        if let Some(sides) = &index.sides {
            let found = validate::catalogue::check_sides(sides, &first.matrix);
            found_all.extend(reports(index_name, index_text, &found));
        }
        for m in matrices.iter().skip(1) {
            let found =
                validate::catalogue::same_legend(&first.matrix, &m.matrix, &index.products[0].file);
            found_all.extend(reports(&index.products[m.index].file, &m.source, &found));
        }
    }
    found_all
}

/// What changed from each of `earlier` to the next, and from the last to `current`, as
/// Markdown lists; `None` where the diff is not compiled in (feature `diff`).
#[cfg(feature = "diff")]
#[allow(clippy::unnecessary_wraps)] // `None` is the answer without the feature
fn history(earlier: &[crate::Matrix], current: &crate::Matrix) -> Option<Vec<String>> {
    let versions: Vec<&crate::Matrix> = earlier.iter().chain([current]).collect();
    let changes = versions
        .windows(2)
        .map(|pair| crate::diff::to_markdown(&crate::diff::diff(&pair[0].into(), &pair[1].into())));
    Some(changes.collect())
}

/// Without the diff, no history: the docs say so.
#[cfg(not(feature = "diff"))]
fn history(_: &[crate::Matrix], _: &crate::Matrix) -> Option<Vec<String>> {
    None
}

/// Every generated file: the shared ones, from `first`'s legend, then each built product's.
fn files(
    index: &Index,
    first: &crate::Matrix,
    built: &[emit::catalogue::Enabled<'_>],
    features: &emit::features::Features<'_>,
) -> Result<Vec<(String, String)>, Vec<Report>> {
    let mut files = vec![
        (
            CATALOGUE_FILE.to_owned(),
            emit::catalogue::code(first, index.sides.as_ref(), built, features),
        ),
        (TYPES_FILE.to_owned(), emit::types::shared(first)),
        (
            DOCS_FILE.to_owned(),
            emit::pages::catalogue(built, index.products.len()),
        ),
    ];
    for e in built {
        let generated = crate::generate_product(e.matrix, Some(&e.product.module))
            .map_err(|d| reports(&e.product.file, "", &d))?;
        let names = ProductFiles::of(&e.product.id);
        files.push((names.code, generated.code));
        files.push((names.types, generated.types));
        files.push((names.page, generated.docs));
        files.push((names.changes, emit::pages::changes(e)));
        if !e.earlier.is_empty() {
            let mut tables = Vec::new();
            for m in e.earlier {
                let ids: Vec<&str> = m.activities.iter().map(|a| a.id.as_str()).collect();
                let found = crate::phf::build(&ids).ok_or_else(|| {
                    let d = Diagnostic::error(
                        DiagnosticKind::LimitExceeded,
                        0..0,
                        "no perfect hash of an earlier version's activity ids was found".to_owned(),
                    );
                    reports(&e.product.file, "", &[d])
                })?;
                tables.push((m, found));
            }
            files.push((names.versions, emit::versions::versions(&tables)));
        }
    }
    Ok(files)
}
