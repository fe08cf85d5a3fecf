//! The build-script side: read the matrix, report in cargo's terms, write into `OUT_DIR`.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, DiagnosticKind, LineIndex};
use crate::{generate, limits};

/// The generated Rust file, in `OUT_DIR`.
pub const CODE_FILE: &str = "matrix.rs";
/// The generated type-level matrix, in `OUT_DIR`.
pub const TYPES_FILE: &str = "types.rs";
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
    let source = match read_text(input) {
        Ok(source) => source,
        Err(line) => {
            remove_outputs(out_dir);
            return vec![line];
        }
    };
    let index = LineIndex::new(&source);
    match generate(&source) {
        Ok(generated) => {
            let mut lines = instructions(&generated.warnings, &name, &index);
            let written = write_atomically(&out_dir.join(CODE_FILE), &generated.code)
                .and_then(|()| write_atomically(&out_dir.join(TYPES_FILE), &generated.types))
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
            instructions(&diagnostics, &name, &index)
        }
    }
}

/// The file's text, without a UTF-8 byte-order mark; or the `cargo::error=` line that
/// says in plain words why it cannot be had.
fn read_text(input: &Path) -> Result<String, String> {
    let name = input.display();
    let unreadable = |why: String| format!("cargo::error={name}: cannot read the matrix: {why}");
    if input.is_dir() {
        return Err(unreadable("it is a directory, not a file".to_owned()));
    }
    let too_large = |size: u64| {
        unreadable(format!(
            "it has {size} bytes; at most {} are read",
            limits::MAX_INPUT_BYTES
        ))
    };
    match fs::metadata(input) {
        Ok(meta) if meta.len() > limits::MAX_INPUT_BYTES as u64 => {
            return Err(too_large(meta.len()));
        }
        Ok(_) => {}
        Err(e) => return Err(unreadable(e.to_string())),
    }
    let bytes = fs::read(input).map_err(|e| unreadable(e.to_string()))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
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
                format!("the matrix is not UTF-8 text: byte 0x{byte:02X} is not valid here"),
            )
            .with_help("save raci.toml as UTF-8");
            Err(format!(
                "cargo::error={}",
                d.located(&name.to_string(), &LineIndex::new(text))
            ))
        }
    }
}

/// One cargo instruction a diagnostic: `cargo::error=` or `cargo::warning=`.
fn instructions(diagnostics: &[Diagnostic], name: &str, index: &LineIndex<'_>) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| {
            format!(
                "cargo::{}={}",
                d.severity().as_str(),
                d.located(name, index)
            )
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
    for file in [CODE_FILE, TYPES_FILE, DOCS_FILE] {
        // Absent is the state we want; any other failure shows up when the crate compiles.
        let _ = fs::remove_file(out_dir.join(file));
    }
}
