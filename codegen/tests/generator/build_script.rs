//! The build script seen from cargo: a broken matrix stops the build cleanly with positioned
//! errors, and an unchanged matrix does not run the build script again.

use crate::common;

use std::fs;

/// The real matrix, with two mistakes a person could make.
fn broken_matrix() -> String {
    let real = common::real_matrix();
    let broken = real
        .replacen("text = \"Install the OS\"", "txt = \"Install the OS\"", 1)
        .replacen(
            "cells = { customer = \"RA\", ovhcloud = \"RI\" }",
            "cells = { customer = \"RA\", ovh = \"RI\" }",
            1,
        );
    assert_ne!(broken, real);
    broken
}

#[test]
fn a_broken_matrix_fails_the_build_with_positions_and_no_panic() {
    let dir = common::probe_crate("broken", &broken_matrix(), &[]);
    let out = common::cargo(&dir, &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "the build must fail:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{stderr}");
    let source = broken_matrix();
    let line_of = |needle: &str| source.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let txt = line_of("txt = \"Install the OS\"");
    let ovh = line_of("ovh = \"RI\"");
    let expected = [
        format!(
            "error: broken@0.0.0: probe.toml:{txt}:1: unknown key `txt` in an activity; expected `id`, `heading`, \
             `text`, `offers`, `cells`, `missing` or `waivers` (help: did you mean `text`?)"
        ),
        format!(
            "error: broken@0.0.0: probe.toml:{ovh}:28: unknown party `ovh`; expected `customer` or `ovhcloud` (help: did you mean `ovhcloud`?)"
        ),
    ];
    assert_eq!(
        stderr.matches("error: broken@0.0.0:").count(),
        expected.len(),
        "{stderr}"
    );
    for line in &expected {
        assert!(
            stderr.contains(line.as_str()),
            "missing:\n{line}\nin:\n{stderr}"
        );
    }
    // Nothing generated is left behind for the compiler to pick up.
    let leftovers: Vec<_> = glob_out_dirs("broken")
        .into_iter()
        .filter(|d| d.join("catalogue.rs").exists() || d.join("products").exists())
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// The `OUT_DIR`s of the probe crate's build scripts.
fn glob_out_dirs(name: &str) -> Vec<std::path::PathBuf> {
    let build = common::workspace().join("target/e2e/target/debug/build");
    fs::read_dir(build)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&format!("{name}-"))
        })
        .map(|p| p.join("out"))
        .filter(|p| p.exists())
        .collect()
}

#[test]
fn an_unchanged_matrix_does_not_run_the_build_script_again() {
    let real = common::real_matrix();
    let dir = common::probe_crate("unchanged", &real, &[]);
    let first = common::cargo(&dir, &["build", "-v"]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let second = common::cargo(&dir, &["build", "-v"]);
    let log = String::from_utf8_lossy(&second.stderr);
    assert!(second.status.success(), "{log}");
    assert!(log.contains("Fresh unchanged"), "{log}");
    assert!(
        !log.contains("build-script-build`"),
        "the build script ran again:\n{log}"
    );
    // Touching the matrix does run it again: the check above can fail.
    let matrix = dir.join("probe.toml");
    fs::write(&matrix, real + "\n").unwrap();
    let third = common::cargo(&dir, &["build", "-v"]);
    let log = String::from_utf8_lossy(&third.stderr);
    assert!(log.contains("build-script-build`"), "{log}");
}
