//! A throwaway copy of the library crate with another catalogue, built with cargo.

#![allow(dead_code)] // each test file uses part of this

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root: the library crate whose `src/` and `build.rs` are copied.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The index of a probe crate: one product, `probe`, whose matrix is `probe.toml`.
pub const PROBE_INDEX: &str = "[catalogue]\nother-features = [\"default\", \"full\", \"generate\", \"serde\"]\n\n\
                               [[products]]\nid = \"probe\"\nfile = \"probe.toml\"\n";

/// Copies the directory `from` into `to`, recursively.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, target).unwrap();
        }
    }
}

/// Creates `target/e2e/<name>`: the library's `src/` and `build.rs`, a catalogue of one
/// product, `probe` (module `probe`), whose matrix is `matrix` (in `probe.toml`), and the
/// given extra files (path, contents). Its own workspace, pinned to our lockfile. Its
/// product turns on `generate`: the build generates its catalogue (it carries no
/// `generated/`).
pub fn probe_crate(name: &str, matrix: &str, extra: &[(&str, &str)]) -> PathBuf {
    let root = workspace();
    let dir = root.join("target").join("e2e").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).unwrap();
    copy_dir(&root.join("src"), &dir.join("src"));
    fs::copy(root.join("build.rs"), dir.join("build.rs")).unwrap();
    fs::copy(root.join("README.md"), dir.join("README.md")).unwrap();
    fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    fs::write(dir.join("Cargo.toml"), probe_manifest(name, true)).unwrap();
    fs::write(dir.join("raci.toml"), PROBE_INDEX).unwrap();
    fs::write(dir.join("probe.toml"), matrix).unwrap();
    for (path, contents) in extra {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, contents).unwrap();
    }
    dir
}

/// The manifest of probe crate `name`, shaped as the library's: the generator an optional
/// build dependency behind the feature `generate`, which the product `probe` turns on if
/// `probe_generates` (else a default build reads the crate's `generated/`).
pub fn probe_manifest(name: &str, probe_generates: bool) -> String {
    let codegen = workspace().join("codegen");
    let probe = if probe_generates {
        "[\"generate\"]"
    } else {
        "[]"
    };
    format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [lib]\nname = \"ovhcloud_raci\"\n\n\
         [features]\ndefault = [\"probe\"]\nfull = [\"probe\"]\nprobe = {probe}\n\
         generate = [\"dep:raci-codegen\"]\nserde = [\"dep:serde\"]\n\n\
         [dependencies]\nserde = {{ version = \"1\", optional = true, default-features = false }}\n\n\
         [build-dependencies]\nraci-codegen = {{ path = {:?}, optional = true }}\n\n[workspace]\n",
        codegen.display().to_string()
    )
}

/// Runs cargo in `dir`, offline, sharing one target directory between probes.
pub fn cargo(dir: &Path, args: &[&str]) -> Output {
    cargo_with(dir, args, &[])
}

/// [`cargo`] with extra environment variables.
pub fn cargo_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO"))
        .args(args)
        .envs(env.iter().copied())
        .arg("--offline")
        .current_dir(dir)
        .env(
            "CARGO_TARGET_DIR",
            workspace().join("target").join("e2e").join("target"),
        )
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap()
}

/// Documents a probe crate made from `matrix` with warnings denied (failing the test on any
/// warning), and returns a reader of its HTML pages by file name (`enum.Activity.html`).
pub fn documented(name: &str, matrix: &str) -> impl Fn(&str) -> String + use<> {
    let dir = probe_crate(name, matrix, &[]);
    let out = cargo_with(
        &dir,
        &["doc", "--no-deps"],
        &[("RUSTDOCFLAGS", "-D warnings")],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = workspace().join("target/e2e/target/doc/ovhcloud_raci");
    move |page: &str| fs::read_to_string(doc.join(page)).unwrap()
}

/// Rustdoc's HTML text back to plain text.
pub fn unescape_html(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The real Dedicated Servers matrix.
pub fn real_matrix() -> String {
    fs::read_to_string(workspace().join("catalogue/dedicated-servers.toml")).unwrap()
}
