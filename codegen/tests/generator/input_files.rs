//! What the build script makes of files that are not plain UTF-8 TOML: a byte-order mark,
//! CRLF line endings, invalid UTF-8, a NUL byte, a directory, a missing file, in a product's
//! matrix or in the catalogue's index. Each gets a clean build or one positioned
//! `cargo::error=` line in plain words; never a panic.

use crate::common;

use std::fs;
use std::path::PathBuf;

use std::path::Path;

use raci_codegen::build::{CATALOGUE_FILE, Wanted};

/// The generated module of the one product of each case.
const CODE_FILE: &str = "products/dedicated-servers.rs";

/// A fresh directory under `target/` for one case, with an index naming one product:
/// (the product's matrix file, output directory). The index is `raci.toml` beside it.
fn case(name: &str) -> (PathBuf, PathBuf) {
    let dir = common::workspace()
        .join("target")
        .join("input-files")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("out")).unwrap();
    fs::write(
        dir.join("raci.toml"),
        "[[products]]\nid = \"dedicated-servers\"\nfile = \"matrix.toml\"\n",
    )
    .unwrap();
    (dir.join("matrix.toml"), dir.join("out"))
}

/// Generates the case whose matrix is `input`, every product on.
fn run_into(input: &Path, out: &Path) -> Vec<String> {
    raci_codegen::build::run_into(
        &input.with_file_name("raci.toml"),
        out,
        &|_| true,
        None,
        Wanted::ALL,
    )
}

fn real() -> String {
    fs::read_to_string(common::workspace().join("catalogue/dedicated-servers.toml")).unwrap()
}

fn errors(lines: &[String]) -> Vec<&String> {
    lines
        .iter()
        .filter(|l| l.starts_with("cargo::error="))
        .collect()
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let (input, out) = case("bom");
    fs::write(
        &input,
        [b"\xEF\xBB\xBF".as_slice(), real().as_bytes()].concat(),
    )
    .unwrap();
    let lines = run_into(&input, &out);
    assert!(errors(&lines).is_empty(), "{lines:?}");
    assert!(out.join(CODE_FILE).exists());
}

#[test]
fn crlf_line_endings_build_the_same_crate() {
    let (input, out) = case("crlf");
    fs::write(&input, real().replace('\n', "\r\n")).unwrap();
    let lines = run_into(&input, &out);
    assert!(errors(&lines).is_empty(), "{lines:?}");
    let (lf, lf_out) = case("lf");
    fs::write(&lf, real()).unwrap();
    run_into(&lf, &lf_out);
    // The intro is a multi-line string: its line breaks are read as `\n` either way.
    assert_eq!(
        fs::read_to_string(out.join(CODE_FILE)).unwrap(),
        fs::read_to_string(lf_out.join(CODE_FILE)).unwrap()
    );
}

#[test]
fn invalid_utf8_is_located_at_its_first_bad_byte() {
    let (input, out) = case("latin1");
    // "Défense" in Latin-1 on line 3: `é` is the single byte 0xE9.
    fs::write(&input, b"[matrix]\ntitle = \"ok\"\nx = \"D\xE9fense\"\n").unwrap();
    let lines = run_into(&input, &out);
    assert_eq!(
        errors(&lines),
        [
            &"cargo::error=matrix.toml:3:7: the matrix is not UTF-8 text: byte 0xE9 is not valid \
           here (help: save the file as UTF-8)"
                .to_owned()
        ]
    );
    assert!(!out.join(CODE_FILE).exists());
    assert!(!out.join(CATALOGUE_FILE).exists());
    // The same in the index.
    let index = input.with_file_name("raci.toml");
    fs::write(&index, b"[catalogue]\nother-features = [\"D\xE9fense\"]\n").unwrap();
    let lines = raci_codegen::build::run_into(&index, &out, &|_| true, None, Wanted::ALL);
    assert_eq!(
        errors(&lines),
        [&format!(
            "cargo::error={}:2:21: the index is not UTF-8 text: byte 0xE9 is not valid here \
             (help: save raci.toml as UTF-8)",
            index.display()
        )]
    );
}

#[test]
fn a_nul_byte_is_a_positioned_syntax_error() {
    let (input, out) = case("nul");
    fs::write(&input, real().replacen("Objective", "Obj\0ective", 1)).unwrap();
    let lines = run_into(&input, &out);
    let errors = errors(&lines);
    assert_eq!(errors.len(), 1, "{lines:?}");
    let line = real()
        .lines()
        .position(|l| l.contains("Objective"))
        .unwrap()
        + 1;
    assert!(
        errors[0].contains(&format!("matrix.toml:{line}:")) && errors[0].contains("invalid TOML"),
        "{}",
        errors[0]
    );
    assert!(!errors[0].contains('\0'), "the NUL byte is escaped");
}

#[test]
fn a_directory_or_a_missing_file_says_so() {
    let (input, out) = case("directory");
    fs::create_dir_all(&input).unwrap();
    let lines = run_into(&input, &out);
    let index = input.with_file_name("raci.toml");
    assert_eq!(
        errors(&lines),
        [&format!(
            "cargo::error={}:3:8: cannot read the matrix of `dedicated-servers`: it is a \
             directory, not a file",
            index.display()
        )]
    );
    let (missing, out) = case("missing");
    let lines = run_into(&missing, &out);
    let errors = errors(&lines);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .contains("raci.toml:3:8: cannot read the matrix of `dedicated-servers`: No such file"),
        "{}",
        errors[0]
    );
    let lines = raci_codegen::build::run_into(
        &missing.with_file_name("nothing.toml"),
        &out,
        &|_| true,
        None,
        Wanted::ALL,
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("nothing.toml: cannot read the catalogue's index: No such file")),
        "{lines:?}"
    );
}

#[test]
fn every_file_the_index_names_reruns_the_build_script() {
    let (input, out) = case("rerun");
    fs::write(&input, real()).unwrap();
    let index = input.with_file_name("raci.toml");
    fs::write(
        &index,
        "[[products]]\nid = \"dedicated-servers\"\nfile = \"matrix.toml\"\n\
         earlier = [\"old.toml\"]\nlocales = [\"fr.toml\"]\n",
    )
    .unwrap();
    let lines = raci_codegen::build::run_into(&index, &out, &|_| false, None, Wanted::ALL);
    for file in ["raci.toml", "matrix.toml", "old.toml", "fr.toml"] {
        let wanted = format!(
            "cargo::rerun-if-changed={}",
            index.with_file_name(file).display()
        );
        assert!(lines.contains(&wanted), "{wanted} not in {lines:?}");
    }
}
