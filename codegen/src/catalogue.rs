//! A catalogue of matrices: the index that names each product's file, the checks that
//! only a catalogue needs (one legend for all, a cargo feature per product), and the
//! generation of the enabled products with what they share.
//!
//! [`generate`] is pure like [`crate::generate`]: it reads the product files through the
//! function it is given, so tests hand it files from memory.

use std::collections::BTreeSet;
use std::io;

use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, LineIndex, Severity};
use crate::model::Matrix;
use crate::{emit, limits, parse, validate};

/// The index (`raci.toml`), checked: the products in order, and the other features.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    /// The products, in the index's order. The first one's parties and roles are the
    /// catalogue's: every other product must have the same.
    pub products: Vec<Product>,
    /// The cargo features that select no product (`serde`, `full`…).
    pub other_features: Vec<String>,
}

/// A product of the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    /// Kebab-case id, also the name of its cargo feature: `dedicated-servers`.
    pub id: String,
    /// The name of its `Product` variant: `DedicatedServers`.
    pub variant: String,
    /// The name of its module: `dedicated_servers`.
    pub module: String,
    /// The file of its matrix, relative to the index.
    pub file: String,
    /// Where the index gives its id.
    pub id_span: core::ops::Range<usize>,
    /// Where the index names its file.
    pub file_span: core::ops::Range<usize>,
    /// The files of its page's earlier versions, oldest first, each with where the index
    /// names it.
    pub earlier: Vec<(String, core::ops::Range<usize>)>,
    /// The files of its texts in other languages, each with where the index names it.
    pub locales: Vec<(String, core::ops::Range<usize>)>,
}

/// A problem found in one file of the catalogue, rendered on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The file it is in, as the index names it (or the index's own name).
    pub file: String,
    /// What kind of problem it is.
    pub kind: DiagnosticKind,
    /// Whether it stops the build.
    pub severity: Severity,
    /// `file:line:column: message (help: …)`, without the severity.
    pub line: String,
}

/// What [`generate`] writes: file names (relative to the output directory) and contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// Every generated file, in a fixed order.
    pub files: Vec<(String, String)>,
    /// The ids of the products generated, in the index's order.
    pub products: Vec<String>,
    /// The languages of their translations (`fr-fr`), in first-seen order.
    pub locales: Vec<String>,
    /// Problems that do not stop generation.
    pub warnings: Vec<Report>,
}

/// The file that the library includes at its root: the shared enums, `Product`, and a
/// module for each enabled product.
pub const CATALOGUE_FILE: &str = "catalogue.rs";
/// The shared type-level markers (`types::party`, `types::role`).
pub const TYPES_FILE: &str = "types.rs";
/// The crate page's list of products.
pub const DOCS_FILE: &str = "catalogue.md";

/// The generated files of product `id`: its code, its types, its module page and the
/// changes between its page's versions.
pub fn product_files(id: &str) -> [String; 4] {
    [
        format!("products/{id}.rs"),
        format!("products/{id}.types.rs"),
        format!("products/{id}.md"),
        format!("products/{id}.changes.md"),
    ]
}

/// A product read: its place in the index, its matrix and text, and (when it is built) its
/// page's earlier versions and its translations.
struct ProductRead {
    index: usize,
    matrix: Matrix,
    source: String,
    earlier: Vec<Matrix>,
    locales: Vec<crate::model::Locale>,
}

/// Reads the files the index names, reporting what is wrong in the right file.
struct Reader<'r, 'a> {
    index_name: &'a str,
    index_text: &'a str,
    read: &'r mut dyn FnMut(&str) -> io::Result<Vec<u8>>,
    problems: &'r mut Vec<Report>,
    warnings: &'r mut Vec<Report>,
}

impl Reader<'_, '_> {
    /// Product `index` of the index, its earlier versions and translations only if `built`;
    /// `None` after reporting why its matrix cannot be had.
    fn product(&mut self, index: usize, product: &Product, built: bool) -> Option<ProductRead> {
        let (matrix, source) =
            self.matrix(&product.file, &product.file_span, &product.id, "matrix")?;
        let mut read = ProductRead {
            index,
            matrix,
            source,
            earlier: Vec::new(),
            locales: Vec::new(),
        };
        if built {
            for (file, span) in &product.earlier {
                if let Some((version, _)) = self.matrix(file, span, &product.id, "earlier version")
                {
                    read.earlier.push(version);
                }
            }
            for (file, span) in &product.locales {
                if let Some(locale) = self.locale(file, span, &product.id, &read.matrix) {
                    read.locales.push(locale);
                }
            }
        }
        Some(read)
    }

    /// The matrix in `file` (named at `span` of the index for product `id`, as its `what`),
    /// and its text; `None` after reporting why not.
    fn matrix(
        &mut self,
        file: &str,
        span: &core::ops::Range<usize>,
        id: &str,
        what: &str,
    ) -> Option<(Matrix, String)> {
        let source = self.text(file, span, id, what)?;
        match crate::read(&source) {
            Ok((matrix, found)) => {
                self.warnings.extend(reports(file, &source, &found));
                Some((matrix, source))
            }
            Err(found) => {
                self.problems.extend(reports(file, &source, &found));
                None
            }
        }
    }

    /// The locale in `file`, checked against `matrix`; `None` after reporting why not.
    fn locale(
        &mut self,
        file: &str,
        span: &core::ops::Range<usize>,
        id: &str,
        matrix: &Matrix,
    ) -> Option<crate::model::Locale> {
        let source = self.text(file, span, id, "translation")?;
        let mut diags = Diagnostics::default();
        let locale = crate::parse::locale::parse_locale(&source, &mut diags)
            .and_then(|raw| crate::validate::locale::validate_locale(&raw, matrix, &mut diags));
        self.problems
            .extend(reports(file, &source, &diags.sorted()));
        locale
    }

    /// The text of `file`; `None` after reporting why it cannot be had.
    fn text(
        &mut self,
        file: &str,
        span: &core::ops::Range<usize>,
        id: &str,
        what: &str,
    ) -> Option<String> {
        let unreadable = |why: String| {
            let d = Diagnostic::error(
                DiagnosticKind::Unreadable,
                span.clone(),
                format!("cannot read the {what} of `{id}`: {why}"),
            );
            reports(self.index_name, self.index_text, &[d])
        };
        match (self.read)(file) {
            Ok(bytes) => match decode(file, &bytes) {
                Ok(source) => Some(source),
                Err(report) => {
                    self.problems.push(report);
                    None
                }
            },
            Err(e) if e.kind() == io::ErrorKind::IsADirectory => {
                let found = unreadable("it is a directory, not a file".to_owned());
                self.problems.extend(found);
                None
            }
            Err(e) => {
                let found = unreadable(e.to_string());
                self.problems.extend(found);
                None
            }
        }
    }
}

fn reports(file: &str, source: &str, diagnostics: &[Diagnostic]) -> Vec<Report> {
    let index = LineIndex::new(source);
    diagnostics
        .iter()
        .map(|d| Report {
            file: file.to_owned(),
            kind: d.kind(),
            severity: d.severity(),
            line: d.located(file, &index),
        })
        .collect()
}

/// Reads and checks the index.
///
/// # Errors
/// Every problem of the index, in file order.
pub fn read_index(source: &str) -> Result<Index, Vec<Diagnostic>> {
    let mut diags = Diagnostics::default();
    if source.len() > limits::MAX_INPUT_BYTES {
        diags.error(
            DiagnosticKind::LimitExceeded,
            limits::MAX_INPUT_BYTES..source.len(),
            format!(
                "the index has {} bytes; at most {} are read",
                source.len(),
                limits::MAX_INPUT_BYTES
            ),
        );
        return Err(diags.sorted());
    }
    let index = parse::index::parse_index(source, &mut diags)
        .and_then(|raw| validate::index::validate_index(&raw, &mut diags));
    match index {
        Some(index) if !diags.has_errors() => Ok(index),
        _ => Err(diags.sorted()),
    }
}

/// Checks the `[features]` of the crate's `Cargo.toml` against the index: each product
/// has a feature of its id, and each other feature is listed in `other-features`.
/// Problems in the manifest are positioned in `manifest`; a product without a feature,
/// in the index. Returns `(problems in the index, problems in the manifest)`.
pub fn check_features(index: &Index, manifest: &str) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let Some(features) = parse::index::cargo_features(manifest) else {
        return (Vec::new(), Vec::new());
    };
    let names: BTreeSet<&str> = features.iter().map(|f| f.value.as_str()).collect();
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
    let in_manifest = features
        .iter()
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
    (in_index, in_manifest)
}

/// Decodes a file's bytes: UTF-8, without a byte-order mark, within the size limit.
///
/// # Errors
/// Why the bytes are not a text the generator reads, positioned in the file.
pub fn decode(file: &str, bytes: &[u8]) -> Result<String, Report> {
    decode_text(file, bytes, "the matrix", "save the file as UTF-8")
}

/// [`decode`] for `what` (`the index`), with `help` for a file that is not UTF-8.
pub(crate) fn decode_text(
    file: &str,
    bytes: &[u8],
    what: &str,
    help: &str,
) -> Result<String, Report> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.len() > limits::MAX_INPUT_BYTES {
        let d = Diagnostic::error(
            DiagnosticKind::LimitExceeded,
            0..0,
            format!(
                "{what} has {} bytes; at most {} are read",
                bytes.len(),
                limits::MAX_INPUT_BYTES
            ),
        );
        return Err(reports(file, "", &[d]).remove(0));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            // Position the first invalid byte within the valid text before it.
            let valid = &bytes[..e.valid_up_to()];
            let text = std::str::from_utf8(valid).unwrap_or_default();
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or_default();
            let d = Diagnostic::error(
                DiagnosticKind::Encoding,
                text.len()..text.len() + 1,
                format!("{what} is not UTF-8 text: byte 0x{byte:02X} is not valid here"),
            )
            .with_help(help.to_owned());
            Err(reports(file, text, &[d]).remove(0))
        }
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
    } = inputs;
    let index = read_index(index_text).map_err(|d| reports(index_name, index_text, &d))?;
    let mut problems = Vec::new();
    if let Some((manifest_name, manifest)) = manifest {
        let (in_index, in_manifest) = check_features(&index, manifest);
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
        .filter_map(|(i, p)| reader.product(i, p, enabled(&p.id)))
        .collect();
    // The legend: every product read has the first product's parties and roles.
    if let Some(first) = matrices.first().filter(|m| m.index == 0) {
        for m in matrices.iter().skip(1) {
            let found = same_legend(&first.matrix, &m.matrix, &index.products[0].file);
            problems.extend(reports(&index.products[m.index].file, &m.source, &found));
        }
    }
    if problems.iter().any(|p| p.severity == Severity::Error)
        || matrices.first().is_none_or(|m| m.index != 0)
    {
        problems.extend(warnings);
        return Err(problems);
    }
    warnings.extend(problems);
    let enabled: Vec<emit::catalogue::Enabled<'_>> = matrices
        .iter()
        .filter(|m| m.index != 0 || enabled(&index.products[0].id))
        .map(|m| emit::catalogue::Enabled {
            product: &index.products[m.index],
            matrix: &m.matrix,
            earlier: &m.earlier,
            locales: &m.locales,
        })
        .collect();
    let mut files = vec![
        (
            CATALOGUE_FILE.to_owned(),
            emit::catalogue::code(&matrices[0].matrix, &enabled),
        ),
        (
            TYPES_FILE.to_owned(),
            emit::catalogue::types(&matrices[0].matrix),
        ),
        (
            DOCS_FILE.to_owned(),
            emit::catalogue::docs(&enabled, index.products.len()),
        ),
    ];
    for e in &enabled {
        let generated = crate::generate_product(e.matrix, Some(&e.product.module))
            .map_err(|d| reports(&e.product.file, "", &d))?;
        let [code, types, docs, changes] = product_files(&e.product.id);
        files.push((code, generated.code));
        files.push((types, generated.types));
        files.push((docs, generated.docs));
        files.push((changes, emit::catalogue::changes(e)));
    }
    let products = enabled.iter().map(|e| e.product.id.clone()).collect();
    let mut locales: Vec<String> = Vec::new();
    for l in enabled.iter().flat_map(|e| e.locales) {
        if !locales.contains(&l.id) {
            locales.push(l.id.clone());
        }
    }
    Ok(Generated {
        files,
        products,
        locales,
        warnings,
    })
}

/// Errors where `matrix` does not have the parties and roles of `first`, in order.
fn same_legend(first: &Matrix, matrix: &Matrix, first_file: &str) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let parties = |m: &Matrix| -> Vec<String> {
        m.parties
            .iter()
            .map(|p| format!("{} ({})", p.name, p.id))
            .collect()
    };
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
            "`Party` is shared by all products",
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
