//! A crate that carries the generator's output for its default features
//! (`build::default_build`, in `generated/`): its default build compiles no generator, and a
//! build with other features stops with a message instead of reading files made for others.

use crate::common;

use std::fs;
use std::path::Path;

/// A probe crate whose product is on by default without the generator, which the feature
/// `generate` compiles; it carries the generator's output for its default features.
fn carrying_crate(name: &str) -> std::path::PathBuf {
    let manifest = common::probe_manifest(name, false);
    let dir = common::probe_crate(
        name,
        &common::real_matrix(),
        &[("Cargo.toml", manifest.as_str())],
    );
    let files = raci_codegen::build::default_build(&dir.join("raci.toml"), &dir.join("Cargo.toml"))
        .unwrap_or_else(|lines| panic!("{lines:#?}"));
    for (file, text) in files {
        let path = dir.join("generated").join(file);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

#[test]
fn a_default_build_reads_the_carried_files_and_compiles_no_generator() {
    let dir = carrying_crate("carried-default");
    assert!(Path::new(&dir.join("generated/cargo-instructions")).exists());
    // `-v` names every unit of the build, fresh ones too.
    let out = common::cargo(&dir, &["build", "-v"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("carried-default"), "{stderr}");
    assert!(
        !stderr.contains("raci-codegen"),
        "the generator was built:\n{stderr}"
    );
    assert!(
        !stderr.contains("raci_codegen"),
        "the generator was built:\n{stderr}"
    );
}

#[test]
fn a_build_with_other_features_than_the_carried_files_stops_with_a_message() {
    let dir = carrying_crate("carried-other");
    let out = common::cargo(&dir, &["build", "--no-default-features"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "the build must fail:\n{stderr}");
    assert!(
        stderr.contains(
            "these generated files were made for the features probe and no other; this build \
             has other features: build with the feature `generate`"
        ),
        "{stderr}"
    );
    // With the generator, the same features build.
    let out = common::cargo(
        &dir,
        &["build", "--no-default-features", "--features", "generate"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
