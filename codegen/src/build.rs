//! The build-script side: read the matrix, report in cargo's terms, write into `OUT_DIR`.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::{Diagnostic, Severity, generate};

/// The generated Rust file, in `OUT_DIR`.
pub const CODE_FILE: &str = "matrix.rs";
/// The generated type-level matrix, in `OUT_DIR`.
pub const TYPES_FILE: &str = "types.rs";
/// `Activity::from_id` as a `match`, in `OUT_DIR`, for the benchmarks.
pub const ID_MATCH_FILE: &str = "id_match.rs";
/// The generated crate-page Markdown, in `OUT_DIR`.
pub const DOCS_FILE: &str = "matrix.md";

/// Generates from `input` into `$OUT_DIR`, printing cargo instructions on standard output.
///
/// Problems become `cargo::error=` and `cargo::warning=` lines naming file, line and
/// column; cargo then fails the build after the script exits normally, so a bad matrix never
/// shows a panic or a backtrace. On error, nothing generated is left in `OUT_DIR`.
/// Returns whether generation succeeded.
pub fn run(input: &Path) -> bool {
    let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        println!("cargo::error=OUT_DIR is not set: run this from a build script");
        return false;
    };
    let lines = run_into(input, &out_dir);
    for line in &lines {
        println!("{line}");
    }
    !lines.iter().any(|l| l.starts_with("cargo::error="))
}

/// [`run`] without the printing: the cargo instructions it would print.
pub fn run_into(input: &Path, out_dir: &Path) -> Vec<String> {
    let name = input.display().to_string();
    let source = match fs::read_to_string(input) {
        Ok(source) => source,
        Err(e) => {
            remove_outputs(out_dir);
            return vec![format!("cargo::error={name}: cannot read the matrix: {e}")];
        }
    };
    match generate(&source) {
        Ok(generated) => {
            let mut lines = instructions(&generated.warnings, &name, &source);
            let written = write_atomically(&out_dir.join(CODE_FILE), &generated.code)
                .and_then(|()| write_atomically(&out_dir.join(TYPES_FILE), &generated.types))
                .and_then(|()| write_atomically(&out_dir.join(ID_MATCH_FILE), &generated.id_match))
                .and_then(|()| write_atomically(&out_dir.join(DOCS_FILE), &generated.docs));
            if let Err(e) = written {
                remove_outputs(out_dir);
                lines.push(format!(
                    "cargo::error=cannot write into {}: {e}",
                    out_dir.display()
                ));
            }
            lines
        }
        Err(diagnostics) => {
            remove_outputs(out_dir);
            instructions(&diagnostics, &name, &source)
        }
    }
}

fn instructions(diagnostics: &[Diagnostic], name: &str, source: &str) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| {
            let kind = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            format!("cargo::{kind}={}", d.located(name, source))
        })
        .collect()
}

/// Writes through a temporary file and a rename, so a reader never sees half a file.
fn write_atomically(path: &Path, contents: &str) -> io::Result<()> {
    let temporary = path.with_extension("tmp");
    fs::write(&temporary, contents)?;
    fs::rename(&temporary, path)
}

fn remove_outputs(out_dir: &Path) {
    for file in [CODE_FILE, TYPES_FILE, ID_MATCH_FILE, DOCS_FILE] {
        // Absent is the state we want; any other failure shows up when the crate compiles.
        let _ = fs::remove_file(out_dir.join(file));
    }
}
