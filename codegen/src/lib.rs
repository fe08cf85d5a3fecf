//! Turns a RACI matrix written in TOML into Rust source: parse → validate → emit.
//!
//! The crate knows nothing of any particular matrix: parties, role letters, headings and
//! activities all come from the input. [`generate`] is a pure function from text to text;
//! [`build::run`] wraps it for a build script, reporting problems as positioned
//! `cargo::error=` lines instead of panicking. [`read`] stops after validation; every
//! [`Diagnostic`] is data (a [`DiagnosticKind`], spans, words). [`limits`] lists what the
//! generator accepts at most, and `import` (feature `import`) reads OVHcloud's published
//! pages.
//!
//! ```
//! let toml = r#"
//! [matrix]
//! title = "Tiny"
//! source = "https://example.com"
//! last-updated = 2024-01-01
//! legend-header = "Roles"
//! activity-header = "Activity"
//!
//! [[parties]]
//! id = "me"
//! name = "Me"
//!
//! [[roles]]
//! letter = "R"
//! name = "Responsible"
//! description = "Does it"
//!
//! [[roles]]
//! letter = "A"
//! name = "Accountable"
//! description = "Answers for it"
//!
//! [[headings]]
//! number = "1"
//! id = "work"
//! title = "Work"
//!
//! [[activities]]
//! id = "do-it"
//! heading = "1"
//! text = "Do it"
//! cells = { me = "RA" }
//! "#;
//! let generated = raci_codegen::generate(toml).unwrap();
//! assert!(generated.code.contains("pub enum Activity"));
//! ```

pub mod build;
pub mod catalogue;
mod diagnostic;
#[cfg(feature = "diff")]
pub mod diff;
mod emit;
pub mod escape;
mod hash;
mod ident;
#[cfg(feature = "import")]
pub mod import;
pub mod limits;
pub mod model;
mod parse;
mod phf;
pub mod source;
mod validate;

pub use diagnostic::{Diagnostic, DiagnosticKind, LineIndex, Position, Report, Severity};
pub use emit::GENERATED_HEADER;
pub use model::Matrix;

/// The names the library's crate root already gives to a module or an extern crate: a
/// product's module (its id in snake case) may not take one. `ovhcloud-raci`'s tests check
/// this list against its `src/lib.rs`.
pub const ROOT_MODULES: &[&str] = &[
    // Crates the generated code and the library name by path.
    "alloc",
    "core",
    "serde",
    "std",
    // The library's own modules.
    "any",
    "assert",
    "date",
    "error",
    "legend",
    "locale",
    "markdown",
    "nearest",
    "ownership",
    "party",
    "per_product",
    "product",
    "product_activity",
    "role",
    "serde_impls",
    "set",
    "tables",
    "types",
    "version",
    "view",
    "waiver",
];

/// What [`generate`] makes of a valid input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// Rust items to `include!` into the library: enums, their tables and their docs.
    pub code: String,
    /// Rust items for the library's `types` module: the matrix at the type level.
    pub types: String,
    /// Markdown showing the whole matrix, for the crate page.
    pub docs: String,
    /// Problems that do not stop generation (rules set to `warning`).
    pub warnings: Vec<Diagnostic>,
}

/// Reads and validates a matrix. On success, the matrix and its warnings; otherwise every
/// diagnostic found, in file order.
///
/// # Errors
/// Every problem of the input, errors and warnings, in file order.
pub fn read(source: &str) -> Result<(Matrix, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut diags = diagnostic::Diagnostics::default();
    if let Some(d) = source::too_large(source::Input::Matrix, source.len() as u64) {
        diags.push(d);
        return Err(diags.sorted());
    }
    let (raw, syntax_ok) = parse::parse(source, &mut diags);
    // Checking the meaning of a document that is not valid TOML would only add noise;
    // any other problem leaves the rest of the file worth checking.
    let matrix = if syntax_ok {
        validate::validate(&raw, &mut diags)
    } else {
        None
    };
    match matrix {
        Some(matrix) if !diags.has_errors() => Ok((matrix, diags.sorted())),
        _ => Err(diags.sorted()),
    }
}

/// Generates the code and docs of the matrix in `source`.
///
/// The output depends on the input text alone: the same input gives byte-identical output.
///
/// # Errors
/// Every problem of the input, errors and warnings, in file order.
pub fn generate(source: &str) -> Result<Generated, Vec<Diagnostic>> {
    let (matrix, warnings) = read(source)?;
    let mut generated = generate_matrix(&matrix)?;
    generated.warnings = warnings;
    Ok(generated)
}

/// Generates the code and docs of a matrix already read (its warnings are [`read`]'s).
///
/// # Errors
/// When no perfect hash of the ids is found, which the limits make a bug of the generator.
pub fn generate_matrix(matrix: &Matrix) -> Result<Generated, Vec<Diagnostic>> {
    generate_product(matrix, None)
}

/// [`generate_matrix`] for the library's module `module` (`dedicated_servers`), whose
/// `Activity` and `Section` then get examples of their own.
///
/// # Errors
/// As [`generate_matrix`].
pub fn generate_product(
    matrix: &Matrix,
    module: Option<&str>,
) -> Result<Generated, Vec<Diagnostic>> {
    let ids: Vec<&str> = matrix.activities.iter().map(|a| a.id.as_str()).collect();
    // Distinct ids always hash apart under some seed, and the limits keep the search
    // short; a failure would be a bug of the generator, reported rather than panicked.
    let Some(table) = phf::build(&ids) else {
        return Err(vec![diagnostic::Diagnostic::error(
            DiagnosticKind::LimitExceeded,
            0..0,
            "no perfect hash of the activity ids was found".to_owned(),
        )]);
    };
    Ok(Generated {
        code: emit::code(matrix, &table, module),
        types: emit::types(matrix),
        docs: emit::docs::crate_page(matrix),
        warnings: Vec::new(),
    })
}

/// `Activity::from_id` as a plain `match` on the id, for benchmarks that compare it with
/// the generated perfect hash. The library does not contain it.
pub fn id_match(matrix: &Matrix) -> String {
    emit::id_match(matrix)
}
