//! The build-script side: read the matrix, report in cargo's terms, write into `OUT_DIR`.

use std::fs;
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};

use crate::emit::layout::{PRODUCTS_DIR, ROOT_FILES};
use crate::limits::MAX_INPUT_BYTES;
use crate::source::{Input, decode};

pub use crate::emit::layout::{CATALOGUE_FILE, DOCS_FILE, INSTRUCTIONS_FILE, TYPES_FILE};

/// Generates the catalogue whose index is `index` into `$OUT_DIR`, printing cargo
/// instructions on standard output.
///
/// A product is generated when the cargo feature of its id is on (`CARGO_FEATURE_…`);
/// the features of `Cargo.toml` (next to the index) are checked against the products.
/// Problems become `cargo::error=` and `cargo::warning=` lines naming file, line and
/// column; cargo then fails the build after the script exits normally, so a bad matrix never
/// shows a panic or a backtrace. On error, nothing generated is left in `OUT_DIR`.
/// Returns whether generation succeeded.
pub fn run(index: &Path) -> bool {
    let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        println!("cargo::error=OUT_DIR is not set: run this from a build script");
        return false;
    };
    let enabled = |id: &str| {
        let var = format!(
            "CARGO_FEATURE_{}",
            id.to_ascii_uppercase().replace('-', "_")
        );
        std::env::var_os(var).is_some()
    };
    let manifest = index.with_file_name("Cargo.toml");
    let wanted = Wanted {
        history: std::env::var_os("CARGO_FEATURE_HISTORY").is_some(),
        locales: std::env::var_os("CARGO_FEATURE_LOCALES").is_some(),
    };
    let lines = run_into(index, &out_dir, &enabled, Some(&manifest), wanted);
    for line in &lines {
        println!("{line}");
    }
    !lines.iter().any(|l| l.starts_with("cargo::error="))
}

/// What a build reads besides the products' matrices: their earlier versions (the
/// library's feature `history`), their texts in other languages (feature `locales`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Wanted {
    /// The products' earlier versions.
    pub history: bool,
    /// The products' texts in other languages.
    pub locales: bool,
}

impl Wanted {
    /// Everything.
    pub const ALL: Wanted = Wanted {
        history: true,
        locales: true,
    };
}

/// [`run`] without the environment: the products on are those `enabled` accepts, and the
/// features are checked against `manifest` if given. Returns the cargo instructions
/// [`run`] would print, `cargo::rerun-if-changed=` lines first.
pub fn run_into(
    index: &Path,
    out_dir: &Path,
    enabled: &dyn Fn(&str) -> bool,
    manifest: Option<&Path>,
    wanted: Wanted,
) -> Vec<String> {
    let (mut lines, files) = generate(index, enabled, manifest, wanted);
    let Some(files) = files else {
        remove_outputs(out_dir);
        return lines;
    };
    let written = fs::create_dir_all(out_dir.join(PRODUCTS_DIR)).and_then(|()| {
        files
            .iter()
            .try_for_each(|(file, contents)| write_atomically(&out_dir.join(file), contents))
    });
    if let Err(e) = written {
        remove_outputs(out_dir);
        lines.push(format!(
            "cargo::error=cannot write into {}: {e}",
            out_dir.display()
        ));
    }
    lines
}

/// What a build with the default features of `manifest` (the crate's `Cargo.toml`)
/// generates from `index`: every file, each named from the output directory, then
/// [`INSTRUCTIONS_FILE`] with the cargo instructions the generation printed, but for its
/// `cargo::rerun-if-changed=` lines. The package carries them in `generated/`, for builds
/// without the generator.
///
/// # Errors
/// The `cargo::error=` and `cargo::warning=` lines of a generation that fails, or of one
/// with warnings (files carried in a package must come from clean input).
pub fn default_build(index: &Path, manifest: &Path) -> Result<Vec<(String, String)>, Vec<String>> {
    let text = fs::read_to_string(manifest).map_err(|why| {
        vec![format!(
            "cargo::error={}: cannot read the crate's manifest: {why}",
            manifest.display()
        )]
    })?;
    let default: Vec<String> = crate::parse::index::cargo_features(&text)
        .unwrap_or_default()
        .into_iter()
        .find(|f| f.name.value == "default")
        .map(|f| f.turns_on.into_iter().map(|t| t.value).collect())
        .unwrap_or_default();
    let enabled = |id: &str| default.iter().any(|f| f == id);
    let wanted = Wanted {
        history: enabled("history"),
        locales: enabled("locales"),
    };
    let (lines, files) = generate(index, &enabled, Some(manifest), wanted);
    let (reports, instructions): (Vec<String>, Vec<String>) = lines
        .into_iter()
        .filter(|l| !l.starts_with("cargo::rerun-if-changed="))
        .partition(|l| l.starts_with("cargo::error=") || l.starts_with("cargo::warning="));
    match files {
        Some(mut files) if reports.is_empty() => {
            let mut text = instructions.join("\n");
            text.push('\n');
            files.push((INSTRUCTIONS_FILE.to_owned(), text));
            Ok(files)
        }
        _ => Err(reports),
    }
}

/// The cargo instructions of generating `index`'s catalogue, `cargo::rerun-if-changed=`
/// lines first, and the generated files if it succeeded.
fn generate(
    index: &Path,
    enabled: &dyn Fn(&str) -> bool,
    manifest: Option<&Path>,
    wanted: Wanted,
) -> (Vec<String>, Option<Vec<(String, String)>>) {
    let name = index.display().to_string();
    let mut lines = vec![format!("cargo::rerun-if-changed={name}")];
    let source = match read_text(index) {
        Ok(source) => source,
        Err(line) => {
            lines.push(line);
            return (lines, None);
        }
    };
    let base = index.parent().unwrap_or(Path::new(""));
    if let Ok(parsed) = crate::catalogue::read_index(&source) {
        // Every file the index names: a product's matrix, its earlier versions, its locales.
        for product in &parsed.products {
            let files = [&product.file]
                .into_iter()
                .chain(product.earlier.iter().map(|(f, _)| f))
                .chain(product.locales.iter().map(|(f, _)| f));
            for file in files {
                lines.push(format!(
                    "cargo::rerun-if-changed={}",
                    base.join(file).display()
                ));
            }
        }
    }
    let manifest_text = manifest.and_then(|m| {
        lines.push(format!("cargo::rerun-if-changed={}", m.display()));
        fs::read_to_string(m).ok()
    });
    let manifest_name = manifest.map(|m| m.display().to_string());
    let mut read = |file: &str| read_bounded(&base.join(file));
    let inputs = crate::catalogue::Inputs {
        index_name: &name,
        index: &source,
        manifest: manifest_name.as_deref().zip(manifest_text.as_deref()),
        enabled,
        read: &mut read,
        history: wanted.history,
        locales: wanted.locales,
    };
    // The library quiets lints that only a build without any product meets (its `Product`
    // has no value, so code after reading one is unreachable).
    lines.push("cargo::rustc-check-cfg=cfg(raci_no_products)".to_owned());
    lines.push("cargo::rustc-check-cfg=cfg(raci_no_locales)".to_owned());
    lines.push("cargo::rustc-check-cfg=cfg(raci_no_sides)".to_owned());
    match crate::catalogue::generate(inputs) {
        Ok(generated) => {
            lines.extend(instructions(&generated.warnings));
            if generated.products.is_empty() {
                lines.push("cargo::rustc-cfg=raci_no_products".to_owned());
            }
            if generated.locales.is_empty() {
                lines.push("cargo::rustc-cfg=raci_no_locales".to_owned());
            }
            if !generated.sides {
                lines.push("cargo::rustc-cfg=raci_no_sides".to_owned());
            }
            (lines, Some(generated.files))
        }
        Err(reports) => {
            lines.extend(instructions(&reports));
            (lines, None)
        }
    }
}

/// The file's text, without a UTF-8 byte-order mark; or the `cargo::error=` line that
/// says in plain words why it cannot be had.
fn read_text(input: &Path) -> Result<String, String> {
    let name = input.display().to_string();
    let bytes = read_bounded(input)
        .map_err(|why| format!("cargo::error={name}: cannot read the catalogue's index: {why}"))?;
    decode(&name, &bytes, Input::Index).map_err(|report| format!("cargo::error={}", report.line))
}

/// The bytes of `path`: at most one more than the generator reads, so a huge file is never
/// read into memory and decoding it still says it is too large.
fn read_bounded(path: &Path) -> io::Result<Vec<u8>> {
    if path.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "it is a directory, not a file",
        ));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)?
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// One cargo instruction a report: `cargo::error=` or `cargo::warning=`.
fn instructions(reports: &[crate::Report]) -> Vec<String> {
    reports
        .iter()
        .map(|r| format!("cargo::{}={}", r.severity.as_str(), r.line))
        .collect()
}

/// Writes through a temporary file and a rename, so a reader never sees half a file.
fn write_atomically(path: &Path, contents: &str) -> io::Result<()> {
    let temporary = path.with_extension("tmp");
    fs::write(&temporary, contents)?;
    fs::rename(&temporary, path)
}

fn remove_outputs(out_dir: &Path) {
    // Absent is the state we want; any other failure shows up when the crate compiles.
    for file in ROOT_FILES {
        let _ = fs::remove_file(out_dir.join(file));
    }
    let _ = fs::remove_dir_all(out_dir.join(PRODUCTS_DIR));
}
